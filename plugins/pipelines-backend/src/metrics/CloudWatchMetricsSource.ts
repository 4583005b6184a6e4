import { createHash } from 'crypto';
import { LoggerService } from '@backstage/backend-plugin-api';
import {
  METRIC_PROFILES,
  MetricPoint,
  MetricWindow,
} from '@stagecraft/plugin-pipelines-common';
import {
  AwsCallError,
  awsAccountLabel,
  describeAwsError,
  interruptionOf,
  withDeadline,
} from '@stagecraft/backend-node';
import { CachedLookup } from '../cache/CachedLookup';
import { ReplicaClaims, ReplicaClaimsOptions } from '../cache/ReplicaClaims';
import { SharedCache } from '../cache/SharedCache';
import { CloudWatchGateway, MetricQuery } from './cloudWatchGateway';
import {
  Clock,
  MetricsSource,
  StageFetchResult,
  StageMetricsRequest,
} from './types';

type Series = Record<string, MetricPoint[]>;

interface QueuedFetch {
  /** Where the stage's window is cached, also its name in replica claims. */
  cacheKey: string;
  request: StageMetricsRequest;
  window: MetricWindow;
  resolve: (series: Series) => void;
  reject: (error: MetricsFetchFailed) => void;
}

/** A fetch that failed, already described (which account, region and why). */
class MetricsFetchFailed extends Error {}

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
  /**
   * Replicas sharing the cache (Redis, Valkey, Memcache) claim a window before fetching it,
   * so one replica calls CloudWatch and the others wait for its answer. Off by default: with
   * the in-memory cache each replica is alone.
   */
  coalesceAcrossReplicas?: boolean | ReplicaClaimsOptions;
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

/**
 * Live metrics from CloudWatch for many stages at once.
 *
 * Each stage's query set is one `CachedLookup` key, the plugin's one cache pattern:
 *
 * - It is cached through the cache service for one metric period (key: account, region,
 *   period, the period-aligned window and the query set), so every viewer and every replica
 *   in the same period shares one fetch.
 * - Identical requests in flight are coalesced (single-flight).
 * - Misses arriving together are grouped per account, region and window, and fetched with as
 *   few `GetMetricData` calls as the 500-query limit allows.
 * - When a fetch fails or is slow, the last good copy is served, marked stale with its age
 *   and the error. One account or stage failing never affects the others.
 */
export class CloudWatchMetricsSource implements MetricsSource {
  readonly kind = 'cloudwatch' as const;

  private readonly gateway: CloudWatchGateway;
  private readonly logger: LoggerService;
  private readonly batchWindowMs: number;
  private readonly softTimeoutMs: number;
  private readonly hardTimeoutMs: number;
  private readonly lookup: CachedLookup<Series>;
  private readonly claims?: ReplicaClaims;
  private readonly queues = new Map<string, QueuedFetch[]>();

  constructor(options: CloudWatchMetricsSourceOptions) {
    this.gateway = options.gateway;
    this.logger = options.logger;
    this.batchWindowMs = options.batchWindowMs ?? 5;
    this.softTimeoutMs = options.softTimeoutMs ?? 4_000;
    this.hardTimeoutMs = options.hardTimeoutMs ?? 20_000;
    this.lookup = new CachedLookup<Series>({
      cache: options.cache,
      // Each window is cached for one metric period (see `fetch`).
      ttlMs: 60_000,
      clock: options.clock,
      softTimeoutMs: this.softTimeoutMs,
      hardTimeoutMs: this.hardTimeoutMs,
      failureHoldMs: options.failureHoldMs ?? 15_000,
      describeError: error => String((error as Error)?.message ?? error),
    });
    const across = options.coalesceAcrossReplicas;
    if (across) {
      this.claims = new ReplicaClaims(options.cache, {
        // Waiting for another replica must leave time for a call of our own within the deadline.
        waitMs: Math.min(5_000, this.hardTimeoutMs / 2),
        ...(across === true ? {} : across),
      });
    }
  }

  async fetch(
    requests: StageMetricsRequest[],
    window: MetricWindow,
  ): Promise<Map<string, StageFetchResult>> {
    const results = new Map<string, StageFetchResult>();
    await Promise.all(
      requests.map(async request => {
        const { accountId, region } = request.target;
        const cacheKey = this.cacheKey(request, window);
        const { value, freshness } = await this.lookup.get(
          cacheKey,
          () =>
            new Promise<Series>((resolve, reject) =>
              this.enqueue({ cacheKey, request, window, resolve, reject }),
            ),
          {
            lastGoodKey: this.lastGoodKey(request, window),
            ttlMs: window.periodSeconds * 1000,
            describeError: error =>
              this.describeFailure(error, accountId, region),
            slowMessage: `CloudWatch has not answered within ${Math.round(
              this.softTimeoutMs / 1000,
            )} s for ${awsAccountLabel(
              accountId,
            )} in ${region}; showing the last good data while it catches up`,
          },
        );
        results.set(
          request.key,
          value ? { series: value, freshness } : { freshness },
        );
      }),
    );
    return results;
  }

  /** Where a window is cached; v2: entries hold `{ value, fetchedAt }`. */
  private cacheKey(request: StageMetricsRequest, window: MetricWindow): string {
    const { accountId, region } = request.target;
    return `metrics:v2:${accountId || 'default'}:${region}:${
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

  private describeFailure(
    error: unknown,
    accountId: string,
    region: string,
  ): string {
    if (error instanceof MetricsFetchFailed) return error.message;
    // The gateway turns its own errors into AwsCallErrors; a TimeoutError is our deadline.
    if (interruptionOf(error) === 'timeout') {
      return `CloudWatch did not answer within ${Math.round(
        this.hardTimeoutMs / 1000,
      )} s for ${awsAccountLabel(accountId)} in ${region}`;
    }
    return (
      error instanceof AwsCallError
        ? error
        : describeAwsError(error, {
            accountId,
            region,
            operation: 'cloudwatch:GetMetricData',
          })
    ).message;
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

  private async fetchGroup(items: QueuedFetch[]): Promise<void> {
    if (items.length === 0) return;
    if (!this.claims) {
      await this.callCloudWatch(items);
      return;
    }
    const claims = this.claims;
    const { accountId, region } = items[0].request.target;
    const { periodSeconds, start, end } = items[0].window;
    const claimKey = `metrics:claim:v1:${
      accountId || 'default'
    }:${region}:${periodSeconds}:${start}:${end}`;
    const byKey = new Map(items.map(item => [item.cacheKey, item]));
    const itemsOf = (keys: string[]) => keys.map(key => byKey.get(key)!);
    const { mine, theirs } = await claims.claim(claimKey, [...byKey.keys()]);
    await Promise.all([
      this.callCloudWatch(itemsOf(mine)).then(failures =>
        claims.reportFailures(claimKey, failures),
      ),
      this.awaitOtherReplica(claims, claimKey, itemsOf(theirs)),
    ]);
  }

  /** Takes another replica's answers from the cache; fetches what it has not answered in time. */
  private async awaitOtherReplica(
    claims: ReplicaClaims,
    claimKey: string,
    items: QueuedFetch[],
  ): Promise<void> {
    if (items.length === 0) return;
    const { found, failed, missing } = await claims.awaitOthers(
      claimKey,
      items.map(item => item.cacheKey),
      key => this.lookup.cached(key),
    );
    for (const item of items) {
      const series = found.get(item.cacheKey);
      const failure = failed.get(item.cacheKey);
      if (series) item.resolve(series);
      else if (failure !== undefined)
        item.reject(new MetricsFetchFailed(failure));
    }
    const missingKeys = new Set(missing);
    await this.callCloudWatch(items.filter(i => missingKeys.has(i.cacheKey)));
  }

  /**
   * One group's `GetMetricData` calls; settles every item. Returns the failures by cache key,
   * for replicas waiting on this one.
   */
  private async callCloudWatch(
    items: QueuedFetch[],
  ): Promise<Record<string, string>> {
    const failures: Record<string, string> = {};
    if (items.length === 0) return failures;
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
      for (const [item, stage] of perStage) {
        if (stage.errors.length > 0) {
          failures[item.cacheKey] = stage.errors.join('; ');
          item.reject(new MetricsFetchFailed(failures[item.cacheKey]));
        } else {
          item.resolve(stage.series);
        }
      }
    } catch (error) {
      const message = this.describeFailure(error, accountId, region);
      this.logger.warn(`Pipelines metrics fetch failed: ${message}`);
      const failed = new MetricsFetchFailed(message);
      items.forEach(item => {
        failures[item.cacheKey] = message;
        item.reject(failed);
      });
    }
    return failures;
  }
}
