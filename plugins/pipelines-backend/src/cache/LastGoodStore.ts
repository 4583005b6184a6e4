import { BoundedTtlMap } from '@stagecraft/backend-node';
import { SharedCache } from './SharedCache';

export interface LastGood<T> {
  value: T;
  /** ISO 8601. */
  fetchedAt: string;
}

/**
 * The last successfully fetched copy of things, kept in process and in the shared cache
 * (so a replica that never fetched can still serve stale data when AWS fails).
 */
export class LastGoodStore<T> {
  private readonly local: BoundedTtlMap<string, LastGood<T>>;
  private readonly ttlMs: number;

  constructor(
    private readonly cache: SharedCache,
    options: {
      ttlMs?: number;
      maxLocalEntries?: number;
      clock?: () => number;
    } = {},
  ) {
    this.ttlMs = options.ttlMs ?? 24 * 3_600_000;
    this.local = new BoundedTtlMap({
      maxEntries: options.maxLocalEntries ?? 2_000,
      ttlMs: this.ttlMs,
      now: options.clock,
    });
  }

  async remember(key: string, entry: LastGood<T>): Promise<void> {
    this.local.set(key, entry);
    await this.cache.set(`lastgood:${key}`, entry, this.ttlMs);
  }

  async recall(key: string): Promise<LastGood<T> | undefined> {
    return (
      this.local.get(key) ??
      (await this.cache.get<LastGood<T>>(`lastgood:${key}`))
    );
  }
}
