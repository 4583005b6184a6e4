import fs from 'fs';
import path from 'path';
import { parse } from 'yaml';
import { REPO_ROOT } from './replicaProcesses';

/** The periods the replicas run with, as `app-config.replicas-test.yaml` sets them. */
export interface ReplicaCycles {
  readinessMs: number;
  readinessTimeoutMs: number;
  driftMs: number;
  /** How long after start the secrets backend first reconciles (its plugin.ts: one minute). */
  driftFirstRunDelayMs: number;
  blastRadiusMs: number;
  /** How often an idle scheduler worker looks for due work (Backstage: every 5 s at most). */
  schedulerPollMs: number;
}

export function replicaCycles(): ReplicaCycles {
  const config = parse(
    fs.readFileSync(
      path.join(REPO_ROOT, 'app-config.replicas-test.yaml'),
      'utf8',
    ),
  );
  const { readiness, secrets, blastRadius } = config.stagecraft;
  return {
    readinessMs: readiness.schedule.frequency.seconds * 1000,
    readinessTimeoutMs: readiness.schedule.timeout.seconds * 1000,
    driftMs: secrets.drift.frequencyMinutes * 60_000,
    driftFirstRunDelayMs: 60_000,
    blastRadiusMs: blastRadius.indexMaxAgeSeconds * 1000,
    schedulerPollMs: 5_000,
  };
}

/**
 * Runs per cycle: how many runs started, over how many cycles their starts span (the first
 * and last included). 1 when each cycle ran once; 2 when every replica ran every cycle.
 */
export function runsPerCycle(starts: number[], cycleMs: number): number {
  if (starts.length === 0) return 0;
  const sorted = [...starts].sort((x, y) => x - y);
  const cycles =
    Math.round((sorted[sorted.length - 1] - sorted[0]) / cycleMs) + 1;
  return sorted.length / cycles;
}

export const sleep = (ms: number) =>
  new Promise<void>(resolve => setTimeout(resolve, ms));
