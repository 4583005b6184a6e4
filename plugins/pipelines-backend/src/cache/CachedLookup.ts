import { Freshness } from '@stagecraft/plugin-pipelines-common';
import { BoundedTtlMap, withDeadline } from '@stagecraft/backend-node';
import { LastGoodStore } from './LastGoodStore';
import { SharedCache } from './SharedCache';
import { SingleFlight } from './SingleFlight';

export interface LookupResult<T> {
  value?: T;
  freshness: Freshness;
}

export interface CachedLookupOptions {
  cache: SharedCache;
  /** How long a fetched value is served from the cache. */
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

/** What one `get` may say differently from the lookup's defaults. */
export interface LookupOptions {
  /** Where the last good value is kept, when it should outlive `key` (default `key`). */
  lastGoodKey?: string;
  /** How long this value is served from the cache (default the lookup's `ttlMs`). */
  ttlMs?: number;
  /** Describes a failure of this fetch (default the lookup's `describeError`). */
  describeError?: (error: unknown) => string;
  /** Shown with the last good value while this fetch is slow. */
  slowMessage?: string;
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
    this.clock = options.clock ?? Date.now;
    this.lastGood = new LastGoodStore<T>(options.cache, { clock: this.clock });
    this.failures = new BoundedTtlMap({
      maxEntries: options.maxFailures ?? 5_000,
      ttlMs: options.failureHoldMs ?? 15_000,
      now: this.clock,
    });
  }

  async get(
    key: string,
    fetch: (signal: AbortSignal) => Promise<T>,
    options: LookupOptions = {},
  ): Promise<LookupResult<T>> {
    const failure = this.failures.get(key);
    if (failure) return failure;
    let running = this.inFlight.get(key);
    if (!running) {
      const hit = await this.fromCache(key);
      if (hit) return hit;
      // Someone may have started the same fetch while we were reading the cache.
      running = this.inFlight.run(key, () => this.load(key, fetch, options));
    }
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
      options.lastGoodKey ?? key,
      options.slowMessage ??
        `AWS has not answered within ${Math.round(
          softTimeoutMs / 1000,
        )} s; showing the last good copy`,
    );
    return stale.value !== undefined ? stale : running;
  }

  /** The value cached under `key`, if any (another replica's answer, say); never fetches. */
  async cached(key: string): Promise<T | undefined> {
    return (await this.fromCache(key))?.value;
  }

  private async fromCache(key: string): Promise<LookupResult<T> | undefined> {
    const cached = await this.options.cache.get<{
      value: T;
      fetchedAt: string;
    }>(key);
    return (
      cached && {
        value: cached.value,
        freshness: { fetchedAt: cached.fetchedAt, stale: false },
      }
    );
  }

  private async stale(
    lastGoodKey: string,
    error: string,
  ): Promise<LookupResult<T>> {
    const last = await this.lastGood.recall(lastGoodKey);
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
    options: LookupOptions,
  ): Promise<LookupResult<T>> {
    const lastGoodKey = options.lastGoodKey ?? key;
    try {
      // Bounded, so a hung call cannot stay the in-flight answer for this key for good.
      const value = await withDeadline(
        fetch,
        this.options.hardTimeoutMs ?? 20_000,
      );
      const fetchedAt = new Date(this.clock()).toISOString();
      await Promise.all([
        this.options.cache.set(
          key,
          { value, fetchedAt },
          options.ttlMs ?? this.options.ttlMs,
        ),
        this.lastGood.remember(lastGoodKey, { value, fetchedAt }),
      ]);
      return { value, freshness: { fetchedAt, stale: false } };
    } catch (error) {
      const describe = options.describeError ?? this.options.describeError;
      const result = await this.stale(lastGoodKey, describe(error));
      this.failures.set(key, result);
      return result;
    }
  }
}
