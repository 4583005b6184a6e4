import { SecretStoreReadError, SecretStoreReadErrorKind } from '../errors';
import { ReadErrorContext, storeReadError } from '../storeReadError';

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
  const name = (error as { name?: string })?.name;
  if (name === 'TimeoutError') return 'timeout';
  if (name === 'AbortError' || parent?.aborted) return 'aborted';
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
  if (error instanceof SecretStoreReadError) return error;
  const kind = kindOf(error, parent);
  const detail = (error as { message?: string })?.message ?? String(error);
  return storeReadError(kind, detail, context, error);
}
