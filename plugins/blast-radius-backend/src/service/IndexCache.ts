import { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError } from '@backstage/errors';
import { BlastRadiusIndex } from '@stagecraft/plugin-blast-radius-common';

export interface IndexCacheOptions {
  load: () => Promise<BlastRadiusIndex>;
  /** An index older than this is reloaded in the background. */
  maxAgeMs: number;
  /** A load still running after this long counts as failed (default 60 s). */
  loadTimeoutMs?: number;
  logger: LoggerService;
  now?: () => number;
}

/**
 * Holds the current index. Stale-while-revalidate: an index older than
 * `maxAgeMs` is still served while one reload runs in the background; at most
 * one load runs at a time (single flight), however many requests arrive. A
 * failed reload keeps the previous index.
 */
export class IndexCache {
  private current?: { index: BlastRadiusIndex; loadedAt: number };
  private inFlight?: Promise<BlastRadiusIndex>;
  private readonly now: () => number;

  constructor(private readonly options: IndexCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Whether an index has been loaded, i.e. someone has asked for one. */
  get loaded(): boolean {
    return this.current !== undefined;
  }

  /** The current index; waits for the first load only. */
  async get(): Promise<BlastRadiusIndex> {
    if (!this.current) {
      return this.reload();
    }
    if (this.now() - this.current.loadedAt >= this.options.maxAgeMs) {
      this.reload().catch(() => {
        // Logged in reload; the stale index keeps being served.
      });
    }
    return this.current.index;
  }

  /**
   * An index loaded at most `maxAgeMs` ago, waiting for a reload if needed.
   * Used when an entity is missing, so new entities are found without waiting
   * for the next refresh.
   */
  async getNoOlderThan(maxAgeMs: number): Promise<BlastRadiusIndex> {
    if (this.current && this.now() - this.current.loadedAt < maxAgeMs) {
      return this.current.index;
    }
    return this.reload();
  }

  private loadWithTimeout(): Promise<BlastRadiusIndex> {
    const timeoutMs = this.options.loadTimeoutMs ?? 60_000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    return Promise.race([this.options.load(), timeout]).finally(() =>
      clearTimeout(timer),
    );
  }

  /**
   * Starts a load unless one is running; resolves with its index. A hung load
   * is abandoned after `loadTimeoutMs`, so it cannot block every later reload.
   */
  reload(): Promise<BlastRadiusIndex> {
    if (!this.inFlight) {
      const startedAt = this.now();
      this.inFlight = this.loadWithTimeout()
        .then(index => {
          this.current = { index, loadedAt: startedAt };
          return index;
        })
        .catch(error => {
          this.options.logger.error(
            `Failed to load the blast radius index from the catalog: ${error}`,
          );
          if (this.current) {
            return this.current.index;
          }
          throw new ServiceUnavailableError(
            'The blast radius index could not be loaded from the catalog; try again shortly',
          );
        })
        .finally(() => {
          this.inFlight = undefined;
        });
    }
    return this.inFlight;
  }
}
