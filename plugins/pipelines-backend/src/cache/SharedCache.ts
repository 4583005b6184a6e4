import { CacheService, LoggerService } from '@backstage/backend-plugin-api';
import { JsonValue } from '@backstage/types';

export interface SharedCacheOptions {
  /** A cache operation taking longer than this counts as a miss. */
  timeoutMs?: number;
  /** Entries kept parsed in process (least recently used go first). */
  maxLocalEntries?: number;
  /** How long an entry read from the shared store is kept in process. */
  localTtlMs?: number;
  clock?: () => number;
}

/**
 * The plugin's view of `coreServices.cache` (memory by default; Redis, Valkey or Memcache
 * when configured, then shared by every replica), with a small in-process layer in front so
 * 50 viewers of one view do not each deserialize the same entries. Keys name immutable data
 * (a metric window, or a short-lived config snapshot), so the local copy cannot go wrong for
 * longer than `localTtlMs`. A shared store that errors or hangs is treated as a miss: it never
 * takes a page down.
 */
export class SharedCache {
  private warned = false;
  private readonly local = new Map<
    string,
    { value: unknown; expiresAt: number }
  >();
  private readonly timeoutMs: number;
  private readonly maxLocalEntries: number;
  private readonly localTtlMs: number;
  private readonly clock: () => number;

  constructor(
    private readonly cache: CacheService,
    private readonly logger: LoggerService,
    options: SharedCacheOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 1_000;
    this.maxLocalEntries = options.maxLocalEntries ?? 1_000;
    this.localTtlMs = options.localTtlMs ?? 60_000;
    this.clock = options.clock ?? Date.now;
  }

  private async guard<T>(
    op: string,
    fn: () => Promise<T>,
    fallback: T,
  ): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        fn(),
        new Promise<T>((_, reject) => {
          timer = setTimeout(
            () =>
              reject(new Error(`cache ${op} took over ${this.timeoutMs} ms`)),
            this.timeoutMs,
          );
        }),
      ]);
    } catch (error) {
      if (!this.warned) {
        this.warned = true;
        this.logger.warn(
          `Pipelines cache unavailable, fetching without it: ${
            (error as Error).message
          }`,
        );
      }
      return fallback;
    } finally {
      if (timer) clearTimeout(timer);
    }
  }

  private remember(key: string, value: unknown, ttlMs: number): void {
    this.local.delete(key);
    this.local.set(key, { value, expiresAt: this.clock() + ttlMs });
    while (this.local.size > this.maxLocalEntries) {
      const oldest = this.local.keys().next().value;
      if (oldest === undefined) break;
      this.local.delete(oldest);
    }
  }

  async get<T>(key: string): Promise<T | undefined> {
    const hit = this.local.get(key);
    if (hit) {
      if (hit.expiresAt > this.clock()) return hit.value as T;
      this.local.delete(key);
    }
    const value = await this.getShared<T>(key);
    if (value !== undefined) {
      this.warned = false;
      this.remember(key, value, this.localTtlMs);
    }
    return value as T | undefined;
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    this.remember(key, value, Math.min(ttlMs, this.localTtlMs));
    await this.setShared(key, value, ttlMs);
  }

  /**
   * Reads the shared store only, past the in-process layer: for entries that change under
   * the same key (a replica's claim), which a local copy would hide.
   */
  async getShared<T>(key: string): Promise<T | undefined> {
    const value = await this.guard(
      'get',
      () => this.cache.get<JsonValue>(key),
      undefined,
    );
    return value as T | undefined;
  }

  /** Writes the shared store only, leaving the in-process layer alone. */
  async setShared(key: string, value: unknown, ttlMs: number): Promise<void> {
    await this.guard(
      'set',
      () => this.cache.set(key, value as JsonValue, { ttl: ttlMs }),
      undefined,
    );
  }
}
