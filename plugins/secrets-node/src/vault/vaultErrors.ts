import { interruptionOf } from '@stagecraft/backend-node';
import { SecretStoreReadError, SecretStoreReadErrorKind } from '../errors';
import { ReadErrorContext, toStoreReadError } from '../storeReadError';

/** A Vault answer that is not a success, with the messages Vault gave (`errors`). */
export class VaultHttpError extends Error {
  constructor(readonly status: number, messages: string[]) {
    super(
      `HTTP ${status}${
        messages.length ? `: ${messages.join('; ').slice(0, 300)}` : ''
      }`,
    );
    this.name = 'VaultHttpError';
  }
}

function kindOf(
  error: unknown,
  parent?: AbortSignal,
): SecretStoreReadErrorKind {
  const interruption = interruptionOf(error, parent);
  if (interruption) return interruption;
  if (error instanceof VaultHttpError) {
    if (error.status === 401 || error.status === 403) return 'access-denied';
    if (error.status === 429) return 'throttled';
  }
  return 'failed';
}

/**
 * Turns whatever a Vault call threw into a `SecretStoreReadError`. The message names
 * the store, the operation and the address; never the token (it is only ever in a
 * request header, which no error carries).
 */
export function describeVaultError(
  error: unknown,
  context: ReadErrorContext,
  parent?: AbortSignal,
): SecretStoreReadError {
  return toStoreReadError(error, context, e => ({
    kind: kindOf(e, parent),
    detail: (e as { message?: string })?.message ?? String(e),
  }));
}
