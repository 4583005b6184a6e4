import { setTimeout as wait } from 'timers/promises';

/**
 * An exponential back-off: the delay before retry `n` (0 for the first) is drawn
 * uniformly from 0 to min(maxDelayMs, baseDelayMs * 2^n), "full jitter", so callers
 * retrying together spread out.
 *
 * @public
 */
export interface ExponentialBackoff {
  /** The ceiling of the first delay. */
  baseDelayMs: number;
  /** The highest ceiling. */
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
  /** How a delay is waited; `abortableSleep` unless a test injects its own. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Draws the jitter; `Math.random` unless a test injects its own. */
  random?: () => number;
  /** Stops the waiting, and so the retrying, when it aborts. */
  signal?: AbortSignal;
  /** Told of each retry: the attempt that failed, the delay before the next, its error. */
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
