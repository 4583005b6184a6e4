import { isThrottlingError } from '@stagecraft/backend-node';

export interface BackoffOptions {
  /** Attempts in total, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Injectable for tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  signal?: AbortSignal;
  onRetry?: (attempt: number, delayMs: number, error: unknown) => void;
}

export const DEFAULT_BACKOFF: BackoffOptions = {
  maxAttempts: 6,
  baseDelayMs: 200,
  maxDelayMs: 5_000,
};

export function abortableSleep(
  ms: number,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    let timer: NodeJS.Timeout | undefined = undefined;
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs `fn`, retrying when AWS throttles it, with exponential back-off and full jitter
 * (delay drawn uniformly from 0..min(max, base * 2^attempt)). Other errors are thrown at once.
 */
export async function withThrottlingBackoff<T>(
  fn: () => Promise<T>,
  options: BackoffOptions = DEFAULT_BACKOFF,
): Promise<T> {
  const sleep = options.sleep ?? abortableSleep;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!isThrottlingError(error) || attempt >= options.maxAttempts)
        throw error;
      const ceiling = Math.min(
        options.maxDelayMs,
        options.baseDelayMs * 2 ** (attempt - 1),
      );
      const delay = Math.round(random() * ceiling);
      options.onRetry?.(attempt, delay, error);
      await sleep(delay, options.signal);
    }
  }
}
