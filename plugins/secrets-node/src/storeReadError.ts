import { SecretStoreReadError, SecretStoreReadErrorKind } from './errors';

const LEAD: Record<SecretStoreReadErrorKind, string> = {
  'access-denied': 'Access denied',
  throttled: 'Throttled',
  timeout: 'Timed out',
  aborted: 'Aborted',
  'not-configured': 'Not configured',
  failed: 'Failed',
};

/** Where a read failed, as every reader's error message names it. */
export type ReadErrorContext = {
  storeRef: string;
  operation: string;
  where: string;
};

/** A `SecretStoreReadError` whose message says what failed, where, and the (value-free) detail. */
export function storeReadError(
  kind: SecretStoreReadErrorKind,
  detail: string,
  context: ReadErrorContext,
  cause: unknown,
): SecretStoreReadError {
  return new SecretStoreReadError({
    kind,
    storeRef: context.storeRef,
    operation: context.operation,
    message: `${LEAD[kind]} reading ${context.storeRef} (${context.operation}, ${context.where}): ${detail}`,
    cause,
  });
}
