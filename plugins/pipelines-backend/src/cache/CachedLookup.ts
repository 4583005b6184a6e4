import { Freshness } from '@stagecraft/plugin-pipelines-common';
import { withDeadline } from '../aws/deadline';
import { SingleFlight } from '../aws/singleFlight';
import { BoundedTtlMap } from './BoundedTtlMap';
import { LastGoodStore } from './LastGoodStore';
import { SharedCache } from './SharedCache';

export interface LookupResult<T> {
  value?: T;
  freshness: Freshness;
}

export interface CachedLookupOptions {
  cache: SharedCache;
  ttlMs: number;
  clock?: () => number;
  /** After this long without an answer, serve the last good value (stale). */
  softTimeoutMs?: number;
  /** After a failure, do not ask again for this long. */
  failureHoldMs?: number;
  /** A fetch still running after this long is aborted and counts as failed. */
  hardTimeoutMs?: number;
  /** Failures remembered at most (one per key). */
  maxFailures?: number;
  describeError: (error: unknown) => string;
}

/**
 * One value per key, from the shared cache, else fetched once however many ask at the same
 * time; on failure or slowness the last good value is served, marked stale with the error.
 */
export class CachedLookup<T> {
  private readonly inFlight = new SingleFlight<LookupResult<T>>();
  private readonly lastGood: LastGoodStore<T>;
  private readonly failures: BoundedTtlMap<string, LookupResult<T>>;
  private readonly clock: () => number;

  constructor(private readonly options: CachedLookupOptions) {
    this.lastGood = new LastGoodStore<T>(options.cache);
    this.clock = options.clock ?? Date.now;
    this.failures = new BoundedTtlMap({
      maxEntries: options.maxFailures ?? 5_000,
      ttlMs: options.failureHoldMs ?? 15_000,
    });
  }

  async get(
    key: string,
    fetch: (signal: AbortSignal) => Promise<T>,
  ): Promise<LookupResult<T>> {
    const failure = this.failures.get(key);
    if (failure) return failure;
    const cached = await this.options.cache.get<{
      value: T;
      fetchedAt: string;
    }>(key);
    if (cached) {
      return {
        value: cached.value,
        freshness: { fetchedAt: cached.fetchedAt, stale: false },
      };
    }
    const running = this.inFlight.run(key, () => this.load(key, fetch));
    const softTimeoutMs = this.options.softTimeoutMs ?? 4_000;
    let timer: NodeJS.Timeout | undefined;
    const slow = Symbol('slow');
    const first = await Promise.race([
      running,
      new Promise<typeof slow>(resolve => {
        timer = setTimeout(() => resolve(slow), softTimeoutMs);
      }),
    ]);
    clearTimeout(timer);
    if (first !== slow) return first;
    const stale = await this.stale(
      key,
      `AWS has not answered within ${Math.round(
        softTimeoutMs / 1000,
      )} s; showing the last good copy`,
    );
    return stale.value !== undefined ? stale : running;
  }

  private async stale(key: string, error: string): Promise<LookupResult<T>> {
    const last = await this.lastGood.recall(key);
    const now = this.clock();
    if (!last)
      return {
        freshness: {
          fetchedAt: new Date(now).toISOString(),
          stale: false,
          error,
        },
      };
    return {
      value: last.value,
      freshness: {
        fetchedAt: last.fetchedAt,
        stale: true,
        staleAgeMs: Math.max(0, now - Date.parse(last.fetchedAt)),
        error,
      },
    };
  }

  private async load(
    key: string,
    fetch: (signal: AbortSignal) => Promise<T>,
  ): Promise<LookupResult<T>> {
    try {
      // Bounded, so a hung call cannot stay the in-flight answer for this key for good.
      const value = await withDeadline(
        fetch,
        this.options.hardTimeoutMs ?? 20_000,
      );
      const fetchedAt = new Date(this.clock()).toISOString();
      await Promise.all([
        this.options.cache.set(key, { value, fetchedAt }, this.options.ttlMs),
        this.lastGood.remember(key, { value, fetchedAt }),
      ]);
      return { value, freshness: { fetchedAt, stale: false } };
    } catch (error) {
      const result = await this.stale(key, this.options.describeError(error));
      this.failures.set(key, result);
      return result;
    }
  }
}
