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
  /** How many times each viewer loads the view, one round right after the other. */
  rounds: number;
}

/**
 * Waits, if needed, for the next metric period, so that every round falls in one period:
 * every call is then the first fetch of that period's window. (Across a period's turn, the
 * replicas' background refreshes of watched views fetch the new window at moments of their
 * own; `windowsFetchedAgain` judges those.)
 */
async function withinOnePeriod(): Promise<void> {
  const left = METRIC_PERIOD_MS - (Date.now() % METRIC_PERIOD_MS);
  if (left < 30_000) await sleep(left + 500);
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
  await withinOnePeriod();
  const callsBefore = deployment.fakeAws.metricDataCalls(`${pipeline}-fn-`);
  for (let round = 0; round < options.rounds; round++) {
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
