import { interruptionOf } from '../deadline';

/** Error names AWS uses for "slow down". CloudWatch says `Throttling`; others `ThrottlingException`. */
const THROTTLING_NAMES = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'LimitExceededException',
]);

/** Refusals, and credentials that cannot be used (missing, expired, unknown). */
const ACCESS_DENIED_NAMES = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'ExpiredToken',
  'ExpiredTokenException',
  'CredentialsProviderError',
]);

/** What services say of a resource that does not exist (or no longer does). */
const NOT_FOUND_NAMES = new Set([
  'ResourceNotFoundException',
  'ResourceNotFound',
  'NotFoundException',
  'NotFound',
  'NoSuchEntity',
  'ParameterNotFound',
  'QueueDoesNotExist',
  'StateMachineDoesNotExist',
]);

interface AwsLikeError {
  name?: string;
  $metadata?: { httpStatusCode?: number };
}

function nameAndStatus(error: unknown) {
  const e = error as AwsLikeError | undefined;
  return { name: e?.name ?? '', status: e?.$metadata?.httpStatusCode };
}

/**
 * Whether AWS asked the caller to slow down (by error name, or HTTP 429).
 *
 * @public
 */
export function isThrottlingError(error: unknown): boolean {
  const { name, status } = nameAndStatus(error);
  return THROTTLING_NAMES.has(name) || status === 429;
}

/**
 * Whether AWS refused the call, or there were no usable credentials (by error name, or
 * HTTP 403).
 *
 * @public
 */
export function isAccessDeniedError(error: unknown): boolean {
  const { name, status } = nameAndStatus(error);
  return ACCESS_DENIED_NAMES.has(name) || status === 403;
}

/**
 * Whether the resource asked for does not exist (by error name, or HTTP 404).
 *
 * @public
 */
export function isNotFoundError(error: unknown): boolean {
  const { name, status } = nameAndStatus(error);
  return NOT_FOUND_NAMES.has(name) || status === 404;
}

/**
 * Why an AWS call failed.
 *
 * @public
 */
export type AwsErrorKind =
  | 'timeout'
  | 'aborted'
  | 'access-denied'
  | 'throttled'
  | 'not-found'
  | 'failed';

/**
 * Why an AWS SDK call failed. `signal` is the caller's own: once it has aborted, a
 * failure is `aborted`, not the SDK's complaint about it. A deadline passing is
 * `timeout` (see `interruptionOf`).
 *
 * @public
 */
export function classifyAwsError(
  error: unknown,
  signal?: AbortSignal,
): AwsErrorKind {
  const interruption = interruptionOf(error, signal);
  if (interruption) return interruption;
  if (isAccessDeniedError(error)) return 'access-denied';
  if (isThrottlingError(error)) return 'throttled';
  if (isNotFoundError(error)) return 'not-found';
  return 'failed';
}
