import { PAIR_PIPELINE, SOLO_PIPELINE } from './replicaCatalog';
import { sleep } from './replicaCycles';
import { ReplicaDeployment } from './replicaDeployment';
import { ReplicaProcess } from './replicaProcesses';

/** The pipelines' metrics use one-minute periods: a burst of viewers should not straddle two. */
const METRIC_PERIOD_MS = 60_000;

export interface CallRatio {
  /** GetMetricData calls while every viewer looked through one replica. */
  oneReplicaCalls: number;
  /** GetMetricData calls for the same viewers spread over every replica. */
  allReplicasCalls: number;
  /** `allReplicasCalls / oneReplicaCalls`: 1 when the replicas share every fetch. */
  ratio: number;
  /** Pipeline views answered in all. */
  views: number;
}

export interface WatchOptions {
  viewers: number;
  /** How many times each viewer loads the view (its refreshes). */
  rounds: number;
  /** Time between two refreshes; 0 (the default): one right after the other. */
  refreshMs?: number;
  /**
   * `within` (the default): all refreshes in one metric period, so every call is the first
   * fetch of a window; `across`: half before a period turns and half after, so the replicas'
   * background refreshes of watched views (at the turn) are counted too.
   */
  periods?: 'within' | 'across';
}

/** How far into a metric period the refreshes should start. */
function startInPeriod(options: WatchOptions, intoPeriod: number): number {
  const spanMs = (options.rounds - 1) * (options.refreshMs ?? 0);
  if (options.periods === 'across') return METRIC_PERIOD_MS - spanMs / 2;
  // Within: now if the refreshes (and 30 s for the answers) fit, else just after the turn.
  if (intoPeriod + spanMs + 30_000 <= METRIC_PERIOD_MS) return intoPeriod;
  return 500;
}

/** Waits until the refreshes, starting now, fall where `periods` wants them. */
async function placeInPeriod(options: WatchOptions): Promise<void> {
  const intoPeriod = Date.now() % METRIC_PERIOD_MS;
  const startAt = startInPeriod(options, intoPeriod);
  await sleep((startAt - intoPeriod + METRIC_PERIOD_MS) % METRIC_PERIOD_MS);
}

/**
 * `viewers` open the pipeline at once (viewer i on replica i mod n), `rounds` times (each
 * viewer's refresh); answers the GetMetricData calls the fake CloudWatch saw for it meanwhile.
 */
async function watchPipeline(
  deployment: ReplicaDeployment,
  pipeline: string,
  replicas: ReplicaProcess[],
  options: WatchOptions,
): Promise<number> {
  const path = `/api/pipelines/entities/component/default/${pipeline}-pipeline/pipeline?range=1h`;
  await placeInPeriod(options);
  const callsBefore = deployment.fakeAws.metricDataCalls(`${pipeline}-fn-`);
  for (let round = 0; round < options.rounds; round++) {
    if (round > 0) await sleep(options.refreshMs ?? 0);
    const answers = await Promise.all(
      Array.from({ length: options.viewers }, (_, viewer) =>
        replicas[viewer % replicas.length].get(path),
      ),
    );
    answers.forEach((answer, viewer) => {
      const replica = replicas[viewer % replicas.length];
      if (answer.status !== 200 || answer.body.source !== 'cloudwatch') {
        throw new Error(
          `Viewer ${viewer} of ${pipeline} on replica ${replica.name}: ${
            answer.status
          } ${JSON.stringify(answer.body).slice(0, 500)}`,
        );
      }
    });
  }
  return (
    deployment.fakeAws.metricDataCalls(`${pipeline}-fn-`).length -
    callsBefore.length
  );
}

/**
 * The same viewers watch one pipeline through the first replica only, then an identical
 * pipeline (other stages, so nothing is cached yet) spread over every replica.
 */
export async function measureCallRatio(
  deployment: ReplicaDeployment,
  options: WatchOptions,
): Promise<CallRatio> {
  const live = deployment.replicas.filter(replica => replica.alive);
  const oneReplicaCalls = await watchPipeline(
    deployment,
    SOLO_PIPELINE,
    live.slice(0, 1),
    options,
  );
  const allReplicasCalls = await watchPipeline(
    deployment,
    PAIR_PIPELINE,
    live,
    options,
  );
  return {
    oneReplicaCalls,
    allReplicasCalls,
    ratio: allReplicasCalls / oneReplicaCalls,
    views: 2 * options.viewers * options.rounds,
  };
}

/**
 * How many times a stage's metric window was fetched again after its first fetch, over every
 * GetMetricData call so far and whichever replica made it: 0 when the replicas (and the
 * background refreshes of watched views on each) never fetch the same window twice.
 */
export function windowsFetchedAgain(deployment: ReplicaDeployment): number {
  const fetched = new Set<string>();
  let again = 0;
  for (const call of deployment.fakeAws.metricDataCalls()) {
    for (const stage of new Set(call.dimensionValues)) {
      const key = `${stage}|${call.window?.start}|${call.window?.end}`;
      if (fetched.has(key)) again += 1;
      fetched.add(key);
    }
  }
  return again;
}
