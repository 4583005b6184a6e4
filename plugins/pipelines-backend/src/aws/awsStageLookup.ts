import { AwsTarget } from '@stagecraft/plugin-pipelines-common';
import { interruptionOf } from '@stagecraft/backend-node';
import { CachedLookup } from '../cache/CachedLookup';
import { SharedCache } from '../cache/SharedCache';
import { AwsCallOptions } from './callAws';

/** How a stage's AWS reads are made and cached. */
export interface AwsStageLookupOptions extends AwsCallOptions {
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

/** One stage's AWS reads, cached for five minutes (unless `ttlMs` says otherwise), stale-on-error. */
export function awsStageLookup<T>(
  cache: SharedCache,
  options: AwsStageLookupOptions,
): CachedLookup<T> {
  return new CachedLookup<T>({
    cache,
    ttlMs: options.ttlMs ?? 5 * 60_000,
    clock: options.clock,
    softTimeoutMs: options.softTimeoutMs,
    hardTimeoutMs: options.hardTimeoutMs,
    failureHoldMs: options.failureHoldMs,
    describeError: describeLookupError,
  });
}

/** Where what is read of one stage is cached: `<what>:v1:<account>:<region>:<stage type>:<id>`. */
export function stageCacheKey(what: string, target: AwsTarget, id: string) {
  return `${what}:v1:${target.accountId || 'default'}:${target.region}:${
    target.stageType
  }:${id}`;
}
