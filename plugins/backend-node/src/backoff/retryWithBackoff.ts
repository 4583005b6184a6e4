import { setTimeout as wait } from 'timers/promises';

/**
 * An exponential back-off: the delay before retry `n` (0 for the first) is drawn
 * uniformly from 0 to min(maxDelayMs, baseDelayMs * 2^n), "full jitter", so callers
 * retrying together spread out.
 *
 * @public
 */
export interface ExponentialBackoff {
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * How {@link retryWithBackoff} retries.
 *
 * @public
 */
export interface BackoffOptions extends ExponentialBackoff {
  /** Attempts in total, the first included. */
  maxAttempts: number;
  /** Injectable for tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  signal?: AbortSignal;
  onRetry?: (attempt: number, delayMs: number, error: unknown) => void;
}

/**
 * The delay before retry `retry` (0 for the first) of `backoff`.
 *
 * @public
 */
export function backoffDelayMs(
  retry: number,
  backoff: ExponentialBackoff,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(
    backoff.maxDelayMs,
    backoff.baseDelayMs * 2 ** retry,
  );
  return Math.round(random() * ceiling);
}

/**
 * Resolves after `ms`, or rejects with `signal`'s reason as soon as it aborts.
 *
 * @public
 */
export async function abortableSleep(
  ms: number,
  signal?: AbortSignal,
): Promise<void> {
  try {
    await wait(ms, undefined, { signal });
  } catch (error) {
    // timers/promises rejects with its own AbortError; callers tell why by the reason.
    throw signal?.aborted ? signal.reason : error;
  }
}

/**
 * Runs `fn`, and again after a back-off while it throws an error `isRetryable` accepts,
 * up to `maxAttempts` in all. Other errors, and the last attempt's, are thrown.
 *
 * @public
 */
export async function retryWithBackoff<T>(
  fn: () => Promise<T>,
  isRetryable: (error: unknown) => boolean,
  options: BackoffOptions,
): Promise<T> {
  const sleep = options.sleep ?? abortableSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!isRetryable(error) || attempt >= options.maxAttempts) throw error;
      const delay = backoffDelayMs(attempt - 1, options, options.random);
      options.onRetry?.(attempt, delay, error);
      await sleep(delay, options.signal);
    }
  }
}
