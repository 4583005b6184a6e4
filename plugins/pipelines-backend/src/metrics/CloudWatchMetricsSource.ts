import { createHash } from 'crypto';
import { LoggerService } from '@backstage/backend-plugin-api';
import {
  METRIC_PROFILES,
  MetricPoint,
  MetricWindow,
} from '@stagecraft/plugin-pipelines-common';
import { AwsCallError, describeAwsError } from '../aws/awsErrors';
import { withDeadline } from '../aws/deadline';
import { SingleFlight } from '../aws/singleFlight';
import { BoundedTtlMap } from '../cache/BoundedTtlMap';
import { LastGoodStore } from '../cache/LastGoodStore';
import { SharedCache } from '../cache/SharedCache';
import { CloudWatchGateway, MetricQuery } from './cloudWatchGateway';
import {
  Clock,
  MetricsSource,
  StageFetchResult,
  StageMetricsRequest,
} from './types';

type Series = Record<string, MetricPoint[]>;

interface CachedSeries {
  series: Series;
  fetchedAt: string;
}

interface QueuedFetch {
  cacheKey: string;
  request: StageMetricsRequest;
  window: MetricWindow;
  resolve: (result: StageFetchResult) => void;
}

export interface CloudWatchMetricsSourceOptions {
  gateway: CloudWatchGateway;
  cache: SharedCache;
  logger: LoggerService;
  clock?: Clock;
  /** Misses arriving within this many ms of each other share GetMetricData calls. */
  batchWindowMs?: number;
  /** After this long without an answer, serve the last good data (stale) while the fetch goes on. */
  softTimeoutMs?: number;
  /** A fetch taking longer than this is abandoned. */
  hardTimeoutMs?: number;
  /** After a failure, the same query set is not fetched again for this long. */
  failureHoldMs?: number;
}

/** Identifies a stage's query set: which metrics of which resource, with which statistics. */
function querySetSignature(request: StageMetricsRequest): string {
  const { target, metrics } = request;
  const dimensionName = METRIC_PROFILES[target.stageType].dimensionName;
  const parts = metrics
    .map(m =>
      [
        m.namespace,
        m.metricName,
        m.statistic,
        dimensionName,
        target.dimensionValue,
      ].join('|'),
    )
    .sort();
  return createHash('sha256')
    .update(parts.join('\n'))
    .digest('hex')
    .slice(0, 24);
}

const accountLabel = (accountId: string) =>
  accountId ? `account ${accountId}` : 'the default account';

/**
 * Live metrics from CloudWatch for many stages at once.
 *
 * - Each stage's query set is cached through the cache service for one metric period (key:
 *   account, region, period, the period-aligned window and the query set), so every viewer
 *   and every replica in the same period shares one fetch.
 * - Identical requests in flight are coalesced (single-flight).
 * - Misses arriving together are grouped per account, region and window, and fetched with as
 *   few `GetMetricData` calls as the 500-query limit allows.
 * - When a fetch fails or is slow, the last good copy is served, marked stale with its age
 *   and the error. One account or stage failing never affects the others.
 */
export class CloudWatchMetricsSource implements MetricsSource {
  readonly kind = 'cloudwatch' as const;

  private readonly gateway: CloudWatchGateway;
  private readonly cache: SharedCache;
  private readonly logger: LoggerService;
  private readonly clock: Clock;
  private readonly batchWindowMs: number;
  private readonly softTimeoutMs: number;
  private readonly hardTimeoutMs: number;
  private readonly failureHoldMs: number;
  private readonly inFlight = new SingleFlight<StageFetchResult>();
  private readonly lastGood: LastGoodStore<Series>;
  private readonly failures: BoundedTtlMap<string, StageFetchResult>;
  private readonly queues = new Map<string, QueuedFetch[]>();

  constructor(options: CloudWatchMetricsSourceOptions) {
    this.gateway = options.gateway;
    this.cache = options.cache;
    this.logger = options.logger;
    this.clock = options.clock ?? Date.now;
    this.batchWindowMs = options.batchWindowMs ?? 5;
    this.softTimeoutMs = options.softTimeoutMs ?? 4_000;
    this.hardTimeoutMs = options.hardTimeoutMs ?? 20_000;
    this.failureHoldMs = options.failureHoldMs ?? 15_000;
    this.lastGood = new LastGoodStore<Series>(this.cache);
    this.failures = new BoundedTtlMap({
      maxEntries: 5_000,
      ttlMs: this.failureHoldMs,
    });
  }

  async fetch(
    requests: StageMetricsRequest[],
    window: MetricWindow,
  ): Promise<Map<string, StageFetchResult>> {
    const results = new Map<string, StageFetchResult>();
    await Promise.all(
      requests.map(async request => {
        const answer = await this.withSoftTimeout(
          this.fetchOne(request, window),
          request,
          window,
        );
        results.set(request.key, answer);
      }),
    );
    return results;
  }

  private cacheKey(request: StageMetricsRequest, window: MetricWindow): string {
    const { accountId, region } = request.target;
    return `metrics:v1:${accountId || 'default'}:${region}:${
      window.periodSeconds
    }:${window.start}:${window.end}:${querySetSignature(request)}`;
  }

  private lastGoodKey(
    request: StageMetricsRequest,
    window: MetricWindow,
  ): string {
    const { accountId, region } = request.target;
    return `metrics:v1:${accountId || 'default'}:${region}:${window.range}:${
      window.periodSeconds
    }:${querySetSignature(request)}`;
  }

  private async fetchOne(
    request: StageMetricsRequest,
    window: MetricWindow,
  ): Promise<StageFetchResult> {
    const cacheKey = this.cacheKey(request, window);
    const joined = this.inFlight.get(cacheKey) ?? this.recentFailure(cacheKey);
    if (joined) return joined;
    const cached = await this.cache.get<CachedSeries>(cacheKey);
    if (cached) {
      return {
        series: cached.series,
        freshness: { fetchedAt: cached.fetchedAt, stale: false },
      };
    }
    // Someone may have started the same fetch while we were reading the cache.
    return (
      this.inFlight.get(cacheKey) ??
      this.inFlight.run(
        cacheKey,
        () =>
          new Promise<StageFetchResult>(resolve =>
            this.enqueue({ cacheKey, request, window, resolve }),
          ),
      )
    );
  }

  private enqueue(item: QueuedFetch): void {
    const { accountId, region } = item.request.target;
    const group = `${accountId}|${region}|${item.window.start}|${item.window.end}`;
    const queue = this.queues.get(group);
    if (queue) {
      queue.push(item);
      return;
    }
    this.queues.set(group, [item]);
    setTimeout(() => {
      const items = this.queues.get(group) ?? [];
      this.queues.delete(group);
      void this.fetchGroup(items);
    }, this.batchWindowMs);
  }

  /** A failed fetch is not retried for a short while, so a broken account is not hammered. */
  private recentFailure(
    cacheKey: string,
  ): Promise<StageFetchResult> | undefined {
    const failure = this.failures.get(cacheKey);
    return failure && Promise.resolve(failure);
  }

  private rememberFailure(cacheKey: string, result: StageFetchResult): void {
    this.failures.set(cacheKey, result);
  }

  private async staleOrError(
    request: StageMetricsRequest,
    window: MetricWindow,
    error: string,
  ): Promise<StageFetchResult> {
    const last = await this.lastGood.recall(this.lastGoodKey(request, window));
    const now = this.clock();
    if (!last) {
      return {
        freshness: {
          fetchedAt: new Date(now).toISOString(),
          stale: false,
          error,
        },
      };
    }
    return {
      series: last.value,
      freshness: {
        fetchedAt: last.fetchedAt,
        stale: true,
        staleAgeMs: Math.max(0, now - Date.parse(last.fetchedAt)),
        error,
      },
    };
  }

  /** A slow fetch is answered with the last good data; the fetch goes on and fills the cache. */
  private async withSoftTimeout(
    promise: Promise<StageFetchResult>,
    request: StageMetricsRequest,
    window: MetricWindow,
  ): Promise<StageFetchResult> {
    let timer: NodeJS.Timeout | undefined;
    const slow = Symbol('slow');
    const first = await Promise.race([
      promise,
      new Promise<typeof slow>(resolve => {
        timer = setTimeout(() => resolve(slow), this.softTimeoutMs);
      }),
    ]);
    clearTimeout(timer);
    if (first !== slow) return first;
    const stale = await this.staleOrError(
      request,
      window,
      `CloudWatch has not answered within ${Math.round(
        this.softTimeoutMs / 1000,
      )} s for ${accountLabel(request.target.accountId)} in ${
        request.target.region
      }; showing the last good data while it catches up`,
    );
    return stale.series ? stale : promise;
  }

  private async fetchGroup(items: QueuedFetch[]): Promise<void> {
    if (items.length === 0) return;
    const { accountId, region } = items[0].request.target;
    const queries: MetricQuery[] = [];
    const owners = new Map<string, { item: QueuedFetch; metricId: string }>();
    items.forEach((item, stageIndex) => {
      const { target, metrics } = item.request;
      const dimensionName = METRIC_PROFILES[target.stageType].dimensionName;
      metrics.forEach(metric => {
        const id = `s${stageIndex}_${metric.id}`;
        owners.set(id, { item, metricId: metric.id });
        queries.push({
          id,
          namespace: metric.namespace,
          metricName: metric.metricName,
          dimensions: [{ name: dimensionName, value: target.dimensionValue }],
          statistic: metric.statistic,
          periodSeconds: item.window.periodSeconds,
        });
      });
    });

    try {
      const data = await withDeadline(
        signal =>
          this.gateway.getMetricData(
            { accountId, region },
            queries,
            items[0].window,
            signal,
          ),
        this.hardTimeoutMs,
      );
      const fetchedAt = new Date(this.clock()).toISOString();
      const perStage = new Map<
        QueuedFetch,
        { series: Series; errors: string[] }
      >(items.map(item => [item, { series: {}, errors: [] }]));
      for (const [id, { item, metricId }] of owners) {
        const stage = perStage.get(item)!;
        stage.series[metricId] = data.points.get(id) ?? [];
        const failure = data.failed.get(id);
        if (failure && !stage.errors.includes(failure))
          stage.errors.push(failure);
      }
      await Promise.all(
        items.map(async item => {
          const stage = perStage.get(item)!;
          if (stage.errors.length > 0) {
            const failed = await this.staleOrError(
              item.request,
              item.window,
              stage.errors.join('; '),
            );
            this.rememberFailure(item.cacheKey, failed);
            item.resolve(failed);
            return;
          }
          await Promise.all([
            this.cache.set(
              item.cacheKey,
              { series: stage.series, fetchedAt },
              item.window.periodSeconds * 1000,
            ),
            this.lastGood.remember(
              this.lastGoodKey(item.request, item.window),
              {
                value: stage.series,
                fetchedAt,
              },
            ),
          ]);
          item.resolve({
            series: stage.series,
            freshness: { fetchedAt, stale: false },
          });
        }),
      );
    } catch (error) {
      // The gateway turns its own errors into AwsCallErrors; a TimeoutError is our deadline.
      const message =
        (error as Error)?.name === 'TimeoutError'
          ? `CloudWatch did not answer within ${Math.round(
              this.hardTimeoutMs / 1000,
            )} s for ${accountLabel(accountId)} in ${region}`
          : (error instanceof AwsCallError
              ? error
              : describeAwsError(error, {
                  accountId,
                  region,
                  operation: 'cloudwatch:GetMetricData',
                })
            ).message;
      this.logger.warn(`Pipelines metrics fetch failed: ${message}`);
      await Promise.all(
        items.map(async item => {
          const failed = await this.staleOrError(
            item.request,
            item.window,
            message,
          );
          this.rememberFailure(item.cacheKey, failed);
          item.resolve(failed);
        }),
      );
    }
  }
}
