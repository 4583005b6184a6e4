/* eslint-disable no-console */
/*
 * Several replicas benchmark (`yarn bench:replicas`): two real backend processes deployed as
 * app-config.production.yaml deploys them (PostgreSQL, Redis, the scheduler's locks in the
 * database), with app-config.replicas-test.yaml's short cycles, on this machine's PostgreSQL
 * and Redis. The same harness as packages/backend/src/replicas.test.ts; see README.md.
 *
 * Environment: BENCH_VIEWERS (default 50), BENCH_ROUNDS (default 5).
 */
import {
  measureIndexPropagation,
  newcomerSeenAfterQuietPeriod,
} from '../../packages/backend/src/__testUtils__/replicaBlastRadius';
import {
  replicaCycles,
  runsPerCycle,
} from '../../packages/backend/src/__testUtils__/replicaCycles';
import { ReplicaDeployment } from '../../packages/backend/src/__testUtils__/replicaDeployment';
import {
  measureCallRatio,
  windowsFetchedAgain,
} from '../../packages/backend/src/__testUtils__/replicaMetrics';
import {
  awaitTakeover,
  describeAlarmsByReplica,
  killDuringReadinessRun,
  readinessRuns,
  reconcileOnceOnEveryReplica,
  resultsOfOneRun,
} from '../../packages/backend/src/__testUtils__/replicaRuns';
import { BenchLine, runBench } from '../shared/benchMain';
import { numberFromEnv } from '../shared/benchEnv';
import { measureDeployment } from '../shared/deploymentBench';

const VIEWERS = numberFromEnv('BENCH_VIEWERS', 50);
const ROUNDS = numberFromEnv('BENCH_ROUNDS', 5);

const round2 = (value: number) => Math.round(value * 100) / 100;

async function measureReplicas(
  deployment: ReplicaDeployment,
  lines: BenchLine[],
) {
  const cycles = replicaCycles();
  const [a, b] = deployment.replicas;
  lines.push(
    ['replica_a_start_ms', a.readyAt! - a.spawnedAt],
    ['replica_b_start_ms', b.readyAt! - b.spawnedAt],
  );
  await deployment.catalogServes(0);
  console.error('replicas: both up; measuring CloudWatch calls');

  const burst = await measureCallRatio(deployment, {
    viewers: VIEWERS,
    rounds: ROUNDS,
  });
  lines.push(
    ['cloudwatch_calls_one_replica', burst.oneReplicaCalls],
    ['cloudwatch_calls_two_replicas', burst.allReplicasCalls],
    ['replica_call_ratio', round2(burst.ratio)],
    ['pipeline_views', burst.views],
  );
  // Which replica fetched which window when, for explaining the counts above.
  for (const call of deployment.fakeAws.metricDataCalls()) {
    console.error(
      `GetMetricData ${new Date(call.at).toISOString()} replica ${
        deployment.replicaByAccessKey(call.accessKeyId)?.name
      } ${call.dimensionValues[0]} window ending ${new Date(
        call.window?.end ?? 0,
      ).toISOString()} (${call.dimensionValues.length} queries)`,
    );
  }

  console.error('replicas: blast radius');
  const propagation = await measureIndexPropagation(deployment, 1);
  const quiet = await newcomerSeenAfterQuietPeriod(deployment, 2);
  lines.push(
    ['index_refresh_period_ms', cycles.blastRadiusMs],
    ['index_propagation_ms', Math.max(...Object.values(propagation))],
    ...Object.entries(propagation).map(([name, ms]): [string, number] => [
      `index_propagation_ms_${name}`,
      ms,
    ]),
    ['index_fresh_after_quiet_period', Object.values(quiet).every(Boolean)],
  );

  console.error('replicas: scheduled runs (waits for the reconciliation)');
  const drift = await reconcileOnceOnEveryReplica(deployment);
  const runs = await readinessRuns(deployment);
  const byReplica = describeAlarmsByReplica(deployment);
  lines.push(
    ['drift_runs_per_cycle', drift.reads.length],
    [
      'readiness_runs_per_cycle',
      round2(
        runsPerCycle(
          runs.map(run => run.startedAt),
          cycles.readinessMs,
        ),
      ),
    ],
    ['readiness_runs', runs.length],
    ...Object.entries(byReplica).map(([name, count]): [string, number] => [
      `readiness_runs_by_replica_${name}`,
      count,
    ]),
  );

  console.error('replicas: killing the replica in a readiness run');
  const before = await resultsOfOneRun(deployment);
  const killed = await killDuringReadinessRun(deployment);
  const afterKill = await resultsOfOneRun(deployment);
  const { run, takeoverMs } = await awaitTakeover(
    deployment,
    killed.killedAt,
    cycles.readinessTimeoutMs + 60_000 + 3 * cycles.readinessMs,
  );
  const afterTakeover = await resultsOfOneRun(deployment);
  const allRuns = await readinessRuns(deployment);
  lines.push(
    ['killed_replica', killed.victim.name],
    ['results_whole_after_kill', afterKill.whole],
    ['results_lost_after_kill', before.results - afterKill.results],
    ['results_whole_after_takeover', afterTakeover.whole],
    ['takeover_ms', takeoverMs],
    ['takeover_cycles', round2(takeoverMs / cycles.readinessMs)],
    ['takeover_run_entities', run.entities ?? 0],
    [
      'readiness_runs_never_finished',
      allRuns.filter(r => r.startedAt <= killed.killedAt && !r.finishedAt)
        .length,
    ],
  );
  // Over the whole run: the views watched since the first phases were refreshed in the
  // background at every period's turn, on both replicas until one was killed.
  lines.push(['stage_windows_fetched_again', windowsFetchedAgain(deployment)]);
}

runBench(() =>
  measureDeployment(
    () => ReplicaDeployment.start({ replicas: 2 }),
    measureReplicas,
  ),
);
