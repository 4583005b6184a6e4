import { SecretStoreReadError, SecretStoreReadErrorKind } from '../errors';
import { ReadErrorContext, storeReadError } from '../storeReadError';

const THROTTLING_NAMES = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'LimitExceededException',
]);

const ACCESS_NAMES = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'ExpiredToken',
  'ExpiredTokenException',
  'CredentialsProviderError',
]);

interface AwsLikeError {
  name?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

/** Removes anything shaped like an AWS access key id from a message. */
function redact(message: string): string {
  return message.replace(/\b(AKIA|ASIA)[A-Z0-9]{16}\b/g, '[redacted key id]');
}

function kindOf(
  error: unknown,
  parent?: AbortSignal,
): SecretStoreReadErrorKind {
  const e = error as AwsLikeError;
  if (e?.name === 'TimeoutError') return 'timeout';
  if (e?.name === 'AbortError' || parent?.aborted) return 'aborted';
  if (ACCESS_NAMES.has(e?.name ?? '') || e?.$metadata?.httpStatusCode === 403)
    return 'access-denied';
  if (
    THROTTLING_NAMES.has(e?.name ?? '') ||
    e?.$metadata?.httpStatusCode === 429
  )
    return 'throttled';
  return 'failed';
}

/** Turns whatever an AWS SDK call threw into a `SecretStoreReadError` with a plain message. */
export function describeAwsError(
  error: unknown,
  context: ReadErrorContext,
  parent?: AbortSignal,
): SecretStoreReadError {
  if (error instanceof SecretStoreReadError) return error;
  const kind = kindOf(error, parent);
  const e = error as AwsLikeError;
  const detail = redact(e?.message ?? String(error));
  return storeReadError(kind, detail, context, error);
}
