import {
  postgresAvailable,
  POSTGRES_ENV,
} from '@internal/stagecraft-test-utils';
import {
  measureIndexPropagation,
  newcomerSeenAfterQuietPeriod,
} from './__testUtils__/replicaBlastRadius';
import { replicaCycles, runsPerCycle } from './__testUtils__/replicaCycles';
import { ReplicaDeployment } from './__testUtils__/replicaDeployment';
import {
  measureCallRatio,
  windowsFetchedAgain,
} from './__testUtils__/replicaMetrics';
import { redisAnswers, REPLICA_REDIS_URL } from './__testUtils__/replicaRedis';
import {
  awaitTakeover,
  killDuringReadinessRun,
  readinessRuns,
  reconcileOnceOnEveryReplica,
  resultsOfOneRun,
} from './__testUtils__/replicaRuns';
import {
  broadcastNotification,
  listenForSignals,
  signalsReceived,
} from './__testUtils__/replicaSignals';

/**
 * Issue 15: Stagecraft on several replicas. Two real backend processes (packages/backend's
 * src/index.ts, every plugin) run as app-config.production.yaml deploys them, on this
 * machine's PostgreSQL (a fresh set of databases) and Redis (a fresh namespace), with the
 * short cycles of app-config.replicas-test.yaml. A fake CloudWatch and Vault on loopback
 * count the calls and tell the replicas apart by their credentials. The tests run in order
 * on one deployment; the last kills a replica.
 */

jest.setTimeout(600_000);

const redisUp = postgresAvailable && redisAnswers();

describe('two backend replicas on PostgreSQL and Redis', () => {
  if (!postgresAvailable || !redisUp) {
    // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect
    it.skip(`skipped: needs PostgreSQL (${POSTGRES_ENV}) and Redis (${REPLICA_REDIS_URL})`, () => {});
    return;
  }

  const cycles = replicaCycles();
  let deployment: ReplicaDeployment;

  beforeAll(async () => {
    deployment = await ReplicaDeployment.start({ replicas: 2 });
    await deployment.catalogServes(0);
  });

  afterAll(async () => {
    const cleanup = await deployment?.stop();
    if (cleanup) expect(cleanup.databasesDropped).toBeGreaterThan(0);
  });

  it('calls CloudWatch no more often with two replicas than with one, for the same viewers', async () => {
    const { oneReplicaCalls, allReplicasCalls } = await measureCallRatio(
      deployment,
      { viewers: 12, rounds: 3 },
    );
    expect(oneReplicaCalls).toBeGreaterThan(0);
    // replica_call_ratio <= 1.1
    expect(allReplicasCalls).toBeLessThanOrEqual(1.1 * oneReplicaCalls);
    // No replica fetched a stage's window another had fetched.
    expect(windowsFetchedAgain(deployment)).toBe(0);
  });

  it("brings a catalog change into every replica's blast-radius index", async () => {
    const propagation = await measureIndexPropagation(deployment, 1);
    expect(Object.keys(propagation).sort()).toEqual(['a', 'b']);
    // Asked all the time, each index reloads once it is a refresh period old.
    for (const ms of Object.values(propagation)) {
      expect(ms).toBeLessThanOrEqual(2 * cycles.blastRadiusMs + 2_000);
    }
  });

  it('has the change in every index one refresh period later, even on a replica nobody asked meanwhile', async () => {
    expect(await newcomerSeenAfterQuietPeriod(deployment, 2)).toEqual({
      a: true,
      b: true,
    });
  });

  it('pushes a signal published on one replica to browsers connected to every replica (the events bus on PostgreSQL)', async () => {
    const [a, b] = deployment.replicas;
    const listeners = [
      await listenForSignals(a, 'notifications'),
      await listenForSignals(b, 'notifications'),
    ];
    try {
      await broadcastNotification(a, deployment.token, 'sent through a');
      await broadcastNotification(b, deployment.token, 'sent through b');
      // Each browser gets both, whichever replica it is connected to, and each only once.
      expect(await signalsReceived(listeners, 2)).toEqual([2, 2]);
    } finally {
      listeners.forEach(l => l.close());
    }
  });

  it('runs each scheduled readiness evaluation and secrets reconciliation once per cycle across the replicas', async () => {
    const { reads } = await reconcileOnceOnEveryReplica(deployment);
    expect(reads).toHaveLength(1);
    const drift = await deployment.query<{ status: string }>(
      'secrets',
      'SELECT status FROM secrets_store_drift',
    );
    expect(drift).toEqual([{ status: 'ok' }]);

    // 1 when each cycle ran once, about 2 if every replica ran every cycle; runs start up to
    // a scheduler poll late, so the first and last may stretch or shrink the span by one.
    const runs = await readinessRuns(deployment);
    expect(runs.length).toBeGreaterThanOrEqual(6);
    expect(
      runsPerCycle(
        runs.map(run => run.startedAt),
        cycles.readinessMs,
      ),
    ).toBeLessThanOrEqual(1.25);
    expect(runs.filter(run => run.failure)).toEqual([]);
    // No run started while another was in progress.
    runs.slice(1).forEach((run, i) => {
      expect(run.startedAt).toBeGreaterThanOrEqual(runs[i].finishedAt!);
    });
  });

  it('loses nothing when a replica is killed in the middle of a run: another takes the task over', async () => {
    const before = await resultsOfOneRun(deployment);
    expect(before.whole).toBe(true);

    const killed = await killDuringReadinessRun(deployment);
    expect(killed.survivors).toHaveLength(1);
    expect(killed.run).toMatchObject({
      savedAt: undefined,
      finishedAt: undefined,
    });
    // The killed run wrote no result: the stored ones are still all of one earlier run's.
    const afterKill = await resultsOfOneRun(deployment);
    expect(afterKill.whole).toBe(true);
    expect(afterKill.results).toBe(before.results);
    expect(afterKill.lastSaved!.startedAt).toBeLessThan(killed.run.startedAt);

    // The task is held until its timeout passes and a janitor (every minute) frees it.
    const { run, takeoverMs } = await awaitTakeover(
      deployment,
      killed.killedAt,
      cycles.readinessTimeoutMs + 60_000 + 3 * cycles.readinessMs,
    );
    expect(takeoverMs).toBeGreaterThan(0);
    const afterTakeover = await resultsOfOneRun(deployment);
    expect(afterTakeover.whole).toBe(true);
    expect(afterTakeover.results).toBe(before.results);
    expect(afterTakeover.lastSaved!.startedAt).toBeGreaterThanOrEqual(
      run.startedAt,
    );
    const last = deployment.fakeAws.calls
      .filter(call => call.operation === 'DescribeAlarms')
      .pop()!;
    expect(deployment.replicaByAccessKey(last.accessKeyId)).toBe(
      killed.survivors[0],
    );
  });
});
