/**
 * Why a store could not be read.
 *
 * @public
 */
export type SecretStoreReadErrorKind =
  | 'access-denied'
  | 'throttled'
  | 'timeout'
  | 'aborted'
  | 'not-configured'
  | 'failed';

/**
 * A store could not be read. Its message names the store, the provider and the
 * operation; it never holds a value (readers never ask for one) nor credentials.
 *
 * @public
 */
export class SecretStoreReadError extends Error {
  readonly kind: SecretStoreReadErrorKind;
  /** The store entity's ref, e.g. `resource:default/aws-secrets-manager-prod`. */
  readonly storeRef: string;
  /** The call that failed, e.g. `secretsmanager:ListSecrets`. */
  readonly operation: string;

  constructor(options: {
    kind: SecretStoreReadErrorKind;
    storeRef: string;
    operation: string;
    message: string;
    cause?: unknown;
  }) {
    super(options.message, { cause: options.cause });
    this.name = 'SecretStoreReadError';
    this.kind = options.kind;
    this.storeRef = options.storeRef;
    this.operation = options.operation;
  }
}
