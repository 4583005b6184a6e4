import { AwsTarget } from '@stagecraft/plugin-pipelines-common';
import { interruptionOf } from '@stagecraft/backend-node';
import { CachedLookup, LookupResult } from '../cache/CachedLookup';
import { SharedCache } from '../cache/SharedCache';
import { AwsCallOptions, StageCall, callAws } from './callAws';
import { AwsLocation } from './clients';

/** How a stage's AWS reads are made and cached. */
export interface AwsStageReadsOptions extends AwsCallOptions {
  /** How long what was read is served from the cache; five minutes unless given. */
  ttlMs?: number;
  clock?: () => number;
  softTimeoutMs?: number;
  /** Reading one stage (all its requests and pages) is abandoned after this long. */
  hardTimeoutMs?: number;
  failureHoldMs?: number;
}

function describeLookupError(error: unknown): string {
  const { message } = (error ?? {}) as Error;
  return interruptionOf(error) === 'timeout'
    ? `AWS did not answer in time: ${message}`
    : String(message ?? error);
}

/**
 * Reads of one stage from the AWS APIs, each through the shared cache (stale-on-error, one
 * fetch however many ask) and made of `callAws` requests.
 */
export class AwsStageReads<T> {
  private readonly lookup: CachedLookup<T>;

  constructor(
    cache: SharedCache,
    private readonly options: AwsStageReadsOptions = {},
  ) {
    this.lookup = new CachedLookup<T>({
      cache,
      ttlMs: options.ttlMs ?? 5 * 60_000,
      clock: options.clock,
      softTimeoutMs: options.softTimeoutMs,
      hardTimeoutMs: options.hardTimeoutMs,
      failureHoldMs: options.failureHoldMs,
      describeError: describeLookupError,
    });
  }

  /**
   * What `read` makes of `target` (a stage, or any resource with a type), cached as
   * `<what>:v1:<account>:<region>:<stage type>:<id>`.
   * `read` is given the stage's account and region, and `call` for its requests there.
   */
  get(
    what: string,
    target: Pick<AwsTarget, 'accountId' | 'region'> & { stageType: string },
    id: string,
    read: (at: AwsLocation, call: StageCall) => Promise<T>,
  ): Promise<LookupResult<T>> {
    const at = { accountId: target.accountId, region: target.region };
    const key = `${what}:v1:${at.accountId || 'default'}:${at.region}:${
      target.stageType
    }:${id}`;
    return this.lookup.get(key, signal =>
      read(at, (operation, run) =>
        callAws({ ...at, operation }, run, signal, this.options),
      ),
    );
  }
}
