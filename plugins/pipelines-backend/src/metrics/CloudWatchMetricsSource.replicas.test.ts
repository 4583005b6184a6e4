import {
  CloudWatchClient,
  GetMetricDataCommand,
  GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import { mockServices } from '@backstage/backend-test-utils';
import { SharedCache } from '../cache/SharedCache';
import { awsError } from '../__testUtils__/awsClients';
import { cloudWatchSource } from '../__testUtils__/cloudWatchSource';
import { echoMetricData } from '../__testUtils__/metricData';
import {
  disconnectRedisCaches,
  redisCacheService,
  redisReachable,
} from '../__testUtils__/redisCache';
import { T0, lambdaRequest, window1h } from '../__testUtils__/requests';
import { CloudWatchGateway } from './cloudWatchGateway';
import { CloudWatchMetricsSource } from './CloudWatchMetricsSource';

/**
 * Replicas sharing the machine's Redis: each "replica" is its own cache client
 * (`CacheManager` on Redis) under a namespace of this test's own, with its own metrics
 * source; CloudWatch is mocked at the SDK and counted.
 */
const cw = mockClient(CloudWatchClient);
const logger = mockServices.logger.mock();
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

let redis = false;
let namespace = '';
let run = 0;
beforeAll(async () => {
  redis = await redisReachable();
  if (!redis) {
    // eslint-disable-next-line no-console
    console.warn('Skipping the Redis tests: nothing listens on 127.0.0.1:6379');
  }
});
beforeEach(() => {
  cw.reset();
  namespace = `pipelines-replicas-${process.pid}-${Date.now()}-${run++}`;
});
afterEach(disconnectRedisCaches);

/**
 * One replica: its own Redis client, connected before it serves (a first answer slowed by
 * connecting, or by a busy machine, could otherwise split a batch in two on one replica
 * alone), gathering the misses of 50 ms into one batch.
 */
async function replica(
  options: {
    now?: () => number;
    waitMs?: number;
    ns?: string;
  } = {},
) {
  const cache = replicaCache(options.ns);
  await cache.getShared('warm-up');
  return cloudWatchSource({
    cache,
    now: options.now,
    softTimeoutMs: 5_000,
    batchWindowMs: 50,
    coalesceAcrossReplicas: { waitMs: options.waitMs ?? 2_000 },
  });
}

/** One replica's cache: its own Redis client on the test's namespace. */
function replicaCache(ns = namespace) {
  return new SharedCache(redisCacheService(ns), logger);
}

const pipelineStages = Array.from({ length: 20 }, (_, i) =>
  lambdaRequest(`fn-${i}`),
);

/** CloudWatch answering after `ms`, as a real call takes a while. */
function answersAfter(ms: number) {
  cw.on(GetMetricDataCommand).callsFake(
    async (input: GetMetricDataCommandInput) => {
      await sleep(ms);
      return echoMetricData(input);
    },
  );
}

describe('CloudWatch metrics across two replicas on Redis', () => {
  it('calls CloudWatch once per window when both replicas are asked at the same time', async () => {
    if (!redis) return;
    answersAfter(60);
    let now = T0;
    const [a, b] = await Promise.all([
      replica({ now: () => now }),
      replica({ now: () => now }),
    ]);

    for (let period = 0; period < 3; period++) {
      const before = cw.commandCalls(GetMetricDataCommand).length;
      // Viewers spread over both replicas: the view on each, a stage's charts on each.
      const [viewA, viewB, stageA, stageB] = await Promise.all([
        a.fetch(pipelineStages, window1h(now)),
        b.fetch(pipelineStages, window1h(now)),
        a.fetch([lambdaRequest('fn-3')], window1h(now)),
        b.fetch([lambdaRequest('fn-7')], window1h(now)),
      ]);
      expect(cw.commandCalls(GetMetricDataCommand).length - before).toBe(1);
      for (const view of [viewA, viewB]) {
        expect(view.get('component:default/fn-19')?.freshness).toEqual({
          fetchedAt: expect.any(String),
          stale: false,
        });
      }
      expect(viewB.get('component:default/fn-5')?.series).toEqual(
        viewA.get('component:default/fn-5')?.series,
      );
      expect(stageA.get('component:default/fn-3')?.series).toEqual(
        viewA.get('component:default/fn-3')?.series,
      );
      expect(stageB.get('component:default/fn-7')?.series).toBeDefined();
      now += 60_000;
    }
  });

  it('tells the waiting replica what failed, without it calling CloudWatch too', async () => {
    if (!redis) return;
    cw.on(GetMetricDataCommand).callsFake(async () => {
      await sleep(60);
      throw awsError('AccessDenied', 'not authorized', 403);
    });
    const [a, b] = await Promise.all([replica(), replica()]);
    const [viewA, viewB] = await Promise.all([
      a.fetch(pipelineStages, window1h()),
      b.fetch(pipelineStages, window1h()),
    ]);
    expect(cw.commandCalls(GetMetricDataCommand)).toHaveLength(1);
    for (const view of [viewA, viewB]) {
      expect(view.get('component:default/fn-0')?.freshness.error).toBe(
        'AccessDenied for account 111122223333 in eu-west-1 (cloudwatch:GetMetricData): not authorized',
      );
    }
  });

  it('keeps the last good data when CloudWatch fails, on the replica that did not fetch it', async () => {
    if (!redis) return;
    let now = T0;
    answersAfter(10);
    const good = await (
      await replica({ now: () => now })
    ).fetch([lambdaRequest('fn-0')], window1h(now));

    cw.reset();
    cw.on(GetMetricDataCommand).rejects(awsError('Throttling', 'slow down'));
    now += 60_000;
    const later = await (
      await replica({ now: () => now })
    ).fetch([lambdaRequest('fn-0')], window1h(now));
    expect(later.get('component:default/fn-0')).toMatchObject({
      series: good.get('component:default/fn-0')?.series,
      freshness: { stale: true, staleAgeMs: 60_000 },
    });
  });

  it('fetches by itself when the replica holding the claim never answers (it died)', async () => {
    if (!redis) return;
    answersAfter(10);
    // A replica whose CloudWatch call never returns: it claims the window, then is gone.
    const dead = new CloudWatchMetricsSource({
      gateway: {
        getMetricData: () => new Promise(() => {}),
      } as unknown as CloudWatchGateway,
      cache: replicaCache(),
      logger,
      clock: () => T0,
      softTimeoutMs: 50,
      hardTimeoutMs: 2_000,
      coalesceAcrossReplicas: true,
    });
    const stages = pipelineStages.slice(0, 2);
    const unanswered = dead.fetch(stages, window1h());
    await sleep(100); // it has claimed the window by now

    const alive = await replica({ waitMs: 300 });
    const started = performance.now();
    const view = await alive.fetch(stages, window1h());
    const waited = performance.now() - started;
    expect(cw.commandCalls(GetMetricDataCommand)).toHaveLength(1);
    expect(view.get('component:default/fn-1')).toMatchObject({
      series: expect.any(Object),
      freshness: { stale: false },
    });
    // It waited for the dead replica's answer about as long as it was told to, no longer.
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(1_500);
    // The hung replica's own fetch gives up at its deadline, and shows the other's data as stale.
    expect((await unanswered).get('component:default/fn-1')).toEqual({
      series: view.get('component:default/fn-1')?.series,
      freshness: expect.objectContaining({
        stale: true,
        error: expect.stringContaining('CloudWatch did not answer'),
      }),
    });
  });
});

describe('CloudWatch metrics on Redis, one replica after another', () => {
  it('lets a second replica serve what the first fetched, without calling CloudWatch', async () => {
    if (!redis) return;
    cw.on(GetMetricDataCommand).callsFake(echoMetricData);
    const requests = pipelineStages.slice(0, 5);
    const first = await (await replica()).fetch(requests, window1h());
    const callsOfFirst = cw.commandCalls(GetMetricDataCommand).length;
    expect(callsOfFirst).toBe(1);
    const second = await (await replica()).fetch(requests, window1h());
    expect(cw.commandCalls(GetMetricDataCommand)).toHaveLength(callsOfFirst);
    expect(second.get('component:default/fn-4')).toEqual(
      first.get('component:default/fn-4'),
    );

    // A replica on another Redis namespace shares nothing, so it has to ask CloudWatch.
    await (
      await replica({ ns: `${namespace}-other` })
    ).fetch(requests, window1h());
    expect(cw.commandCalls(GetMetricDataCommand)).toHaveLength(
      callsOfFirst + 1,
    );
  });
});
