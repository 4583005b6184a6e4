import { AwsErrorKind, classifyAwsError } from './classifyAwsError';
import { awsErrorDetail } from './awsErrorDetail';

/**
 * What was being called, for error messages.
 *
 * @public
 */
export interface AwsCallContext {
  /** Empty for the default account (`aws.mainAccount`). */
  accountId: string;
  /** e.g. `eu-west-1`. */
  region: string;
  /** e.g. `cloudwatch:GetMetricData`. */
  operation: string;
}

/**
 * An AWS call failed; `message` is safe to show: it names the account, region and
 * operation, and AWS's own words without key ids; never credentials.
 *
 * @public
 */
export class AwsCallError extends Error {
  /** Why; a caller's abort counts as `timeout` (the call did not answer in time for it). */
  readonly kind: Exclude<AwsErrorKind, 'aborted'>;

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

/**
 * `account 1234…` or `the default account`.
 *
 * @public
 */
export function awsAccountLabel(accountId: string): string {
  return accountId ? `account ${accountId}` : 'the default account';
}

/**
 * Turns whatever an AWS SDK call threw into an `AwsCallError` with a plain message
 * (an `AwsCallError` is returned as it is).
 *
 * @public
 */
export function describeAwsError(
  error: unknown,
  context: AwsCallContext,
): AwsCallError {
  if (error instanceof AwsCallError) return error;
  const where = `${awsAccountLabel(context.accountId)} in ${context.region} (${
    context.operation
  })`;
  const detail = awsErrorDetail(error);
  const name = (error as { name?: string } | undefined)?.name;
  const kind = classifyAwsError(error);
  const cause = { cause: error };
  switch (kind) {
    case 'timeout':
    case 'aborted':
      return new AwsCallError(
        'timeout',
        `Timed out calling AWS for ${where}`,
        cause,
      );
    case 'access-denied':
      return new AwsCallError(
        kind,
        `${
          name === 'CredentialsProviderError'
            ? 'No usable credentials'
            : 'AccessDenied'
        } for ${where}: ${detail}`,
        cause,
      );
    case 'throttled':
      return new AwsCallError(
        kind,
        `AWS kept throttling ${where}: ${detail}`,
        cause,
      );
    default:
      return new AwsCallError(
        kind,
        `${name ?? 'Error'} from ${where}: ${detail}`,
        cause,
      );
  }
}
