import {
  CloudWatchClient,
  GetMetricDataCommand,
} from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import { awsError } from '../__testUtils__/awsClients';
import { cloudWatchSource } from '../__testUtils__/cloudWatchSource';
import { echoMetricData } from '../__testUtils__/metricData';
import { T0, lambdaRequest, window1h } from '../__testUtils__/requests';

const cw = mockClient(CloudWatchClient);

const source = cloudWatchSource;

beforeEach(() => cw.reset());

describe('CloudWatchMetricsSource', () => {
  it('fetches a 20-stage view in one call and serves repeats from the cache', async () => {
    cw.on(GetMetricDataCommand).callsFake(echoMetricData);
    const metrics = source();
    const requests = Array.from({ length: 20 }, (_, i) =>
      lambdaRequest(`fn-${i}`),
    );
    const first = await metrics.fetch(requests, window1h());
    const second = await metrics.fetch(requests, window1h());
    expect(cw.commandCalls(GetMetricDataCommand)).toHaveLength(1);
    expect(
      cw.commandCalls(GetMetricDataCommand)[0].args[0].input.MetricDataQueries,
    ).toHaveLength(160);
    expect(first.get('component:default/fn-3')?.series?.errors).toEqual([
      [window1h().start, 3 * 8 + 1],
    ]);
    expect(second.get('component:default/fn-3')).toEqual(
      first.get('component:default/fn-3'),
    );
  });

  it('coalesces 50 concurrent viewers into one call', async () => {
    cw.on(GetMetricDataCommand).callsFake(async input => {
      await new Promise(r => setTimeout(r, 30));
      return echoMetricData(input);
    });
    const metrics = source();
    const requests = Array.from({ length: 20 }, (_, i) =>
      lambdaRequest(`fn-${i}`),
    );
    const views = await Promise.all(
      Array.from({ length: 50 }, () => metrics.fetch(requests, window1h())),
    );
    expect(cw.commandCalls(GetMetricDataCommand)).toHaveLength(1);
    expect(views.every(v => v.get('component:default/fn-0')?.series)).toBe(
      true,
    );
  });

  it('batches stages asked for separately at the same time (e.g. one tab per stage)', async () => {
    cw.on(GetMetricDataCommand).callsFake(echoMetricData);
    const metrics = source();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        metrics.fetch([lambdaRequest(`fn-${i}`)], window1h()),
      ),
    );
    expect(cw.commandCalls(GetMetricDataCommand)).toHaveLength(1);
  });

  it('fetches again in the next period, and groups per account and region', async () => {
    cw.on(GetMetricDataCommand).callsFake(echoMetricData);
    let now = T0;
    const metrics = source({ now: () => now });
    const requests = [
      lambdaRequest('a'),
      lambdaRequest('b', '444455556666'),
      lambdaRequest('c', '111122223333', 'us-east-1'),
    ];
    await metrics.fetch(requests, window1h(now));
    expect(cw.commandCalls(GetMetricDataCommand)).toHaveLength(3);
    now += 60_000;
    await metrics.fetch(requests, window1h(now));
    expect(cw.commandCalls(GetMetricDataCommand)).toHaveLength(6);
  });

  it('keeps other accounts working and serves the last good data, marked stale, when one fails', async () => {
    let now = T0;
    const metrics = source({ now: () => now });
    cw.on(GetMetricDataCommand).callsFake(echoMetricData);
    const requests = [
      lambdaRequest('ok-fn'),
      lambdaRequest('staging-fn', '444455556666'),
    ];
    const good = await metrics.fetch(requests, window1h(now));

    cw.reset();
    cw.on(GetMetricDataCommand).callsFake(async (input, getClient) => {
      const region = await getClient().config.region();
      const dims =
        input.MetricDataQueries?.[0].MetricStat?.Metric?.Dimensions?.[0].Value;
      if (dims === 'staging-fn') {
        throw awsError('AccessDenied', `not authorized in ${region}`, 403);
      }
      return echoMetricData(input);
    });
    now += 5 * 60_000;
    const later = await metrics.fetch(requests, window1h(now));
    expect(later.get('component:default/ok-fn')?.freshness).toEqual({
      fetchedAt: new Date(now).toISOString(),
      stale: false,
    });
    const staging = later.get('component:default/staging-fn')!;
    expect(staging.series).toEqual(
      good.get('component:default/staging-fn')?.series,
    );
    expect(staging.freshness).toEqual({
      fetchedAt: new Date(T0).toISOString(),
      stale: true,
      staleAgeMs: 5 * 60_000,
      error:
        'AccessDenied for account 444455556666 in eu-west-1 (cloudwatch:GetMetricData): not authorized in eu-west-1',
    });
  });

  it('says what failed when there is no earlier data to fall back on', async () => {
    cw.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'nope', 403));
    const result = await source().fetch([lambdaRequest('fn')], window1h());
    expect(result.get('component:default/fn')).toEqual({
      freshness: {
        fetchedAt: new Date(T0).toISOString(),
        stale: false,
        error:
          'AccessDenied for account 111122223333 in eu-west-1 (cloudwatch:GetMetricData): nope',
      },
    });
  });

  it('answers a slow fetch with the last good data and lets the fetch fill the cache', async () => {
    let now = T0;
    const metrics = source({ now: () => now, softTimeoutMs: 50 });
    cw.on(GetMetricDataCommand).callsFake(echoMetricData);
    await metrics.fetch([lambdaRequest('fn')], window1h(now));

    cw.reset();
    cw.on(GetMetricDataCommand).callsFake(async input => {
      await new Promise(r => setTimeout(r, 300));
      return echoMetricData(input);
    });
    now += 60_000;
    const slow = await metrics.fetch([lambdaRequest('fn')], window1h(now));
    expect(slow.get('component:default/fn')?.freshness).toMatchObject({
      stale: true,
      staleAgeMs: 60_000,
      error: expect.stringContaining(
        'CloudWatch has not answered within 0 s for account 111122223333',
      ),
    });
    await new Promise(r => setTimeout(r, 400));
    const after = await metrics.fetch([lambdaRequest('fn')], window1h(now));
    expect(after.get('component:default/fn')?.freshness.stale).toBe(false);
    expect(cw.commandCalls(GetMetricDataCommand)).toHaveLength(1);
  });

  it('gives up on a fetch CloudWatch never answers, and fetches anew on the next view', async () => {
    cw.on(GetMetricDataCommand).callsFake(() => new Promise(() => {}));
    const metrics = source({ hardTimeoutMs: 100 });

    const hung = await metrics.fetch([lambdaRequest('fn')], window1h());
    expect(hung.get('component:default/fn')?.freshness.error).toBe(
      'CloudWatch did not answer within 0 s for account 111122223333 in eu-west-1',
    );

    cw.reset();
    cw.on(GetMetricDataCommand).callsFake(echoMetricData);
    const next = await metrics.fetch([lambdaRequest('fn')], window1h());
    expect(next.get('component:default/fn')?.freshness.error).toBeUndefined();
    expect(next.get('component:default/fn')?.series).toBeDefined();
  });
});
