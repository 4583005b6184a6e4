import { CacheService, LoggerService } from '@backstage/backend-plugin-api';
import { JsonValue } from '@backstage/types';

/**
 * The plugin's view of `coreServices.cache` (memory by default, Redis/Valkey/Memcache when
 * configured, shared by every replica). A cache that errors or hangs is treated as a miss:
 * it never takes a page down.
 */
export class SharedCache {
  private warned = false;

  constructor(
    private readonly cache: CacheService,
    private readonly logger: LoggerService,
    private readonly timeoutMs = 1_000,
  ) {}

  private async guard<T>(op: string, fn: () => Promise<T>, fallback: T): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        fn(),
        new Promise<T>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`cache ${op} took over ${this.timeoutMs} ms`)),
            this.timeoutMs,
          );
        }),
      ]);
    } catch (error) {
      if (!this.warned) {
        this.warned = true;
        this.logger.warn(
          `Pipelines cache unavailable, fetching without it: ${(error as Error).message}`,
        );
      }
      return fallback;
    } finally {
      if (timer) clearTimeout(timer);
    }
  }

  async get<T>(key: string): Promise<T | undefined> {
    const value = await this.guard(
      'get',
      () => this.cache.get<JsonValue>(key),
      undefined,
    );
    if (value !== undefined) this.warned = false;
    return value as T | undefined;
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    await this.guard(
      'set',
      () => this.cache.set(key, value as JsonValue, { ttl: ttlMs }),
      undefined,
    );
  }
}
