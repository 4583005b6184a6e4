import {
  BackoffOptions,
  isThrottlingError,
  retryWithBackoff,
} from '@stagecraft/backend-node';

export type { BackoffOptions } from '@stagecraft/backend-node';

export const DEFAULT_BACKOFF: BackoffOptions = {
  maxAttempts: 6,
  baseDelayMs: 200,
  maxDelayMs: 5_000,
};

/** Runs `fn`, retrying with back-off while AWS throttles it. Other errors are thrown at once. */
export function withThrottlingBackoff<T>(
  fn: () => Promise<T>,
  options: BackoffOptions = DEFAULT_BACKOFF,
): Promise<T> {
  return retryWithBackoff(fn, isThrottlingError, options);
}
