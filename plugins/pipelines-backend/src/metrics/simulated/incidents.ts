import { MonitoredStageType } from '@stagecraft/plugin-pipelines-common';
import { SimulationHints } from '../types';
import { draw } from './prng';
import { HOUR_MS, MINUTE_MS } from './trafficShape';

export type IncidentKind =
  | 'iterator-age-climb'
  | 'error-burst'
  | 'throttle-burst'
  | 'slow-invocations'
  | 'data-stopped'
  | 'backlog'
  | 'dead-letters'
  | 'freshness-climb'
  | 'delivery-failures'
  | 'execution-failures';

export interface Incident {
  kind: IncidentKind;
  start: number;
  durationMs: number;
}

/** Incidents are drawn per three-hour slot: about one slot in three has one, 20–90 minutes long. */
const SLOT_MS = 3 * HOUR_MS;
const INCIDENT_CHANCE = 0.35;
const MIN_DURATION_MS = 20 * MINUTE_MS;
const EXTRA_DURATION_MS = 70 * MINUTE_MS;

const SALT_CHANCE = 11;
const SALT_KIND = 12;
const SALT_START = 13;
const SALT_DURATION = 14;

export function incidentKinds(
  stageType: MonitoredStageType,
  hints: SimulationHints,
): IncidentKind[] {
  switch (stageType) {
    case 'kinesis-stream':
      return [
        'iterator-age-climb',
        'iterator-age-climb',
        'throttle-burst',
        'data-stopped',
      ];
    case 'lambda-function':
      return hints.streamSourced
        ? [
            'error-burst',
            'throttle-burst',
            'iterator-age-climb',
            'slow-invocations',
          ]
        : ['error-burst', 'error-burst', 'throttle-burst', 'slow-invocations'];
    case 'firehose-delivery-stream':
      return ['freshness-climb', 'delivery-failures', 'data-stopped'];
    case 'sqs-queue':
      return hints.deadLetterQueue ? ['dead-letters'] : ['backlog'];
    case 'state-machine':
      return ['execution-failures'];
    default:
      return [];
  }
}

/** The incident a stage is in at a time, if any; deterministic per seed. */
export function incidentAt(
  seed: number,
  kinds: IncidentKind[],
  t: number,
): Incident | undefined {
  if (kinds.length === 0) return undefined;
  const slot = Math.floor(t / SLOT_MS);
  // An incident may start late in the previous slot and run into this one.
  for (const s of [slot, slot - 1]) {
    if (draw(seed, SALT_CHANCE, s) >= INCIDENT_CHANCE) continue;
    const kind = kinds[Math.floor(draw(seed, SALT_KIND, s) * kinds.length)];
    const durationMs =
      MIN_DURATION_MS +
      Math.floor(draw(seed, SALT_DURATION, s) * EXTRA_DURATION_MS);
    const start =
      s * SLOT_MS +
      Math.floor(
        (draw(seed, SALT_START, s) * (SLOT_MS - MIN_DURATION_MS)) / MINUTE_MS,
      ) *
        MINUTE_MS;
    if (t >= start && t < start + durationMs)
      return { kind, start, durationMs };
  }
  return undefined;
}
