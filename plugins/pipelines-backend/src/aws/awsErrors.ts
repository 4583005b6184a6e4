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

export function isThrottlingError(error: unknown): boolean {
  const e = error as AwsLikeError;
  return (
    THROTTLING_NAMES.has(e?.name ?? '') || e?.$metadata?.httpStatusCode === 429
  );
}

export function isAccessError(error: unknown): boolean {
  const e = error as AwsLikeError;
  return (
    ACCESS_NAMES.has(e?.name ?? '') || e?.$metadata?.httpStatusCode === 403
  );
}

/** Removes anything shaped like an AWS access key id from a message. */
export function redactAwsMessage(message: string): string {
  return message.replace(/\b(AKIA|ASIA)[A-Z0-9]{16}\b/g, '[redacted key id]');
}

/** What was being called, for error messages. */
export interface AwsCallContext {
  accountId: string;
  region: string;
  /** e.g. `cloudwatch:GetMetricData`. */
  operation: string;
}

/**
 * An AWS call failed; `message` is safe to show (it names the account, region and
 * operation, never credentials).
 */
export class AwsCallError extends Error {
  readonly kind: 'access-denied' | 'throttled' | 'timeout' | 'failed';

  constructor(
    kind: AwsCallError['kind'],
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AwsCallError';
    this.kind = kind;
  }
}

function accountLabel(accountId: string): string {
  return accountId ? `account ${accountId}` : 'the default account';
}

/** Turns whatever an AWS SDK call threw into an `AwsCallError` with a plain message. */
export function describeAwsError(
  error: unknown,
  context: AwsCallContext,
): AwsCallError {
  if (error instanceof AwsCallError) return error;
  const e = error as AwsLikeError;
  const where = `${accountLabel(context.accountId)} in ${context.region} (${
    context.operation
  })`;
  const detail = redactAwsMessage(e?.message ?? String(error));
  if (e?.name === 'AbortError' || e?.name === 'TimeoutError') {
    return new AwsCallError('timeout', `Timed out calling AWS for ${where}`, {
      cause: error,
    });
  }
  if (isAccessError(error)) {
    const name =
      e?.name === 'CredentialsProviderError'
        ? 'No usable credentials'
        : 'AccessDenied';
    return new AwsCallError(
      'access-denied',
      `${name} for ${where}: ${detail}`,
      {
        cause: error,
      },
    );
  }
  if (isThrottlingError(error)) {
    return new AwsCallError(
      'throttled',
      `AWS kept throttling ${where}: ${detail}`,
      {
        cause: error,
      },
    );
  }
  return new AwsCallError(
    'failed',
    `${e?.name ?? 'Error'} from ${where}: ${detail}`,
    { cause: error },
  );
}
