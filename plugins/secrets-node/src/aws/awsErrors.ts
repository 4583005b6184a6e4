import { awsErrorDetail, classifyAwsError } from '@stagecraft/backend-node';
import { SecretStoreReadError } from '../errors';
import { ReadErrorContext, toStoreReadError } from '../storeReadError';

/**
 * Turns whatever an AWS SDK call threw into a `SecretStoreReadError` with a plain
 * message. A missing resource is a failure of the listing (readers that expect one, such
 * as a certificate deleted mid-listing, catch it first).
 */
export function describeAwsError(
  error: unknown,
  context: ReadErrorContext,
  parent?: AbortSignal,
): SecretStoreReadError {
  return toStoreReadError(error, context, e => {
    const kind = classifyAwsError(e, parent);
    return {
      kind: kind === 'not-found' ? 'failed' : kind,
      detail: awsErrorDetail(e),
    };
  });
}
