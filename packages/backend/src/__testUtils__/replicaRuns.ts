import { eventually } from '@internal/stagecraft-test-utils';
import { replicaCycles, sleep } from './replicaCycles';
import { ReplicaDeployment } from './replicaDeployment';
import { HeldDescribeAlarms } from './replicaFakeAws';
import { ReplicaProcess } from './replicaProcesses';

/** A whole-catalog readiness run, as the readiness backend logs it in `readiness_runs`. */
export interface ReadinessRun {
  id: number;
  startedAt: number;
  finishedAt?: number;
  savedAt?: number;
  entities?: number;
  failure?: string;
}

const time = (value: unknown) =>
  value === null || value === undefined
    ? undefined
    : new Date(value as string).getTime();

export async function readinessRuns(
  deployment: ReplicaDeployment,
): Promise<ReadinessRun[]> {
  const rows = await deployment.query<Record<string, unknown>>(
    'readiness',
    'SELECT * FROM readiness_runs ORDER BY started_at',
  );
  return rows.map(row => ({
    id: Number(row.id),
    startedAt: time(row.started_at)!,
    finishedAt: time(row.finished_at),
    savedAt: time(row.saved_at),
    entities: row.entities === null ? undefined : Number(row.entities),
    failure: (row.failure as string | null) ?? undefined,
  }));
}

/** Which replica made each readiness run's DescribeAlarms call (one per run), by name. */
export function describeAlarmsByReplica(
  deployment: ReplicaDeployment,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const call of deployment.fakeAws.calls) {
    if (call.operation !== 'DescribeAlarms') continue;
    const name = deployment.replicaByAccessKey(call.accessKeyId)?.name ?? '?';
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

/**
 * Whether the stored results are exactly one saved run's: every current result carries the
 * start of the last run that saved, and there are as many as that run evaluated.
 */
export async function resultsOfOneRun(deployment: ReplicaDeployment): Promise<{
  whole: boolean;
  results: number;
  lastSaved?: ReadinessRun;
  evaluatedAt: number[];
}> {
  const runs = await readinessRuns(deployment);
  const lastSaved = [...runs].reverse().find(run => run.savedAt);
  const groups = await deployment.query<{ evaluated_at: string; n: string }>(
    'readiness',
    'SELECT evaluated_at, count(*) AS n FROM readiness_results GROUP BY evaluated_at',
  );
  const results = groups.reduce((sum, group) => sum + Number(group.n), 0);
  const evaluatedAt = groups.map(group => time(group.evaluated_at)!);
  return {
    whole:
      lastSaved !== undefined &&
      evaluatedAt.length === 1 &&
      evaluatedAt[0] === lastSaved.startedAt &&
      results === lastSaved.entities,
    results,
    lastSaved,
    evaluatedAt,
  };
}

export interface KilledRun {
  victim: ReplicaProcess;
  survivors: ReplicaProcess[];
  killedAt: number;
  /** The run the victim was in: started, never finished nor saved. */
  run: ReadinessRun;
}

/**
 * Holds the next readiness run in its CloudWatch call (the run has read the catalog and
 * evaluated the checks, and is waiting on AWS before it saves), and kills the replica
 * running it with SIGKILL.
 */
export async function killDuringReadinessRun(
  deployment: ReplicaDeployment,
): Promise<KilledRun> {
  const { readinessMs } = replicaCycles();
  const held = await new Promise<HeldDescribeAlarms>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('No readiness run called CloudWatch in time')),
      3 * readinessMs,
    );
    deployment.fakeAws.holdDescribeAlarms(call => {
      clearTimeout(timer);
      resolve(call);
    });
  });
  const victim = deployment.replicaByAccessKey(held.accessKeyId);
  if (!victim) {
    throw new Error(`DescribeAlarms from an unknown key ${held.accessKeyId}`);
  }
  const killedAt = Date.now();
  await victim.kill('SIGKILL');
  deployment.fakeAws.stopHolding();
  const runs = await readinessRuns(deployment);
  const run = [...runs].reverse().find(r => r.startedAt <= killedAt);
  if (!run) throw new Error('No readiness run had started before the kill');
  return {
    victim,
    survivors: deployment.replicas.filter(replica => replica.alive),
    killedAt,
    run,
  };
}

/** The first run started after `killedAt` that saved its results: the survivors' takeover. */
export async function awaitTakeover(
  deployment: ReplicaDeployment,
  killedAt: number,
  timeoutMs: number,
): Promise<{ run: ReadinessRun; takeoverMs: number }> {
  const run = await eventually(
    'a readiness run after the kill that saved its results',
    async () =>
      (
        await readinessRuns(deployment)
      ).find(r => r.startedAt > killedAt && r.savedAt && r.finishedAt),
    { timeoutMs, intervalMs: 500 },
  );
  return { run, takeoverMs: run.startedAt - killedAt };
}

/**
 * `POST .../trigger` of a plugin's scheduled task, retried while a run is in progress (409);
 * answers when the accepted request was sent.
 */
async function triggerTask(
  replica: ReplicaProcess,
  pluginId: string,
  taskId: string,
): Promise<number> {
  return eventually(
    `${pluginId}'s task ${taskId} triggered on replica ${replica.name}`,
    async () => {
      const askedAt = Date.now();
      const answer = await replica.post(
        `/api/${pluginId}/.backstage/scheduler/v1/tasks/${taskId}/trigger`,
      );
      if (answer.status === 409) return false;
      if (answer.status >= 300) {
        throw new Error(
          `Triggering ${taskId}: ${answer.status} ${JSON.stringify(
            answer.body,
          )}`,
        );
      }
      return askedAt;
    },
    { timeoutMs: 60_000, intervalMs: 500 },
  );
}

/**
 * Makes the secrets reconciliation due once every replica's worker could run it (each
 * waits a first-run delay after start), and answers the reconciliations (reads of the Vault
 * store) that follow within four scheduler polls: one when the replicas share the task.
 */
export async function reconcileOnceOnEveryReplica(
  deployment: ReplicaDeployment,
): Promise<{
  triggeredAt: number;
  reads: Array<{ replica: string; at: number }>;
}> {
  const { driftFirstRunDelayMs, schedulerPollMs } = replicaCycles();
  const live = deployment.replicas.filter(replica => replica.alive);
  const everyWorkerUp =
    Math.max(...live.map(replica => replica.readyAt ?? Date.now())) +
    driftFirstRunDelayMs +
    schedulerPollMs;
  await sleep(Math.max(0, everyWorkerUp - Date.now()));
  const triggeredAt = await triggerTask(
    live[0],
    'secrets',
    'secrets-reconcile-stores',
  );
  await sleep(4 * schedulerPollMs);
  return {
    triggeredAt,
    reads: deployment.fakeVault.storeReads
      .filter(read => read.at >= triggeredAt)
      .map(read => ({
        replica: deployment.replicaByVaultToken(read.token)?.name ?? '?',
        at: read.at,
      })),
  };
}
