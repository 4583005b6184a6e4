export {
  abortableSleep,
  backoffDelayMs,
  retryWithBackoff,
} from './retryWithBackoff';
export type { BackoffOptions, ExponentialBackoff } from './retryWithBackoff';
