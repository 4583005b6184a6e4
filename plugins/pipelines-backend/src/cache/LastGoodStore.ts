import { BoundedTtlMap } from './BoundedTtlMap';
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

  constructor(
    private readonly cache: SharedCache,
    private readonly options: { ttlMs: number; maxLocalEntries: number } = {
      ttlMs: 24 * 3_600_000,
      maxLocalEntries: 2_000,
    },
  ) {
    this.local = new BoundedTtlMap({
      maxEntries: options.maxLocalEntries,
      ttlMs: options.ttlMs,
    });
  }

  async remember(key: string, entry: LastGood<T>): Promise<void> {
    this.local.set(key, entry);
    await this.cache.set(`lastgood:${key}`, entry, this.options.ttlMs);
  }

  async recall(key: string): Promise<LastGood<T> | undefined> {
    return (
      this.local.get(key) ??
      (await this.cache.get<LastGood<T>>(`lastgood:${key}`))
    );
  }
}
