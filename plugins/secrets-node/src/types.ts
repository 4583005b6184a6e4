import type { Entity } from '@backstage/catalog-model';

/** What kind of thing a store item is. */
export type SecretStoreItemKind =
  | 'secret'
  | 'parameter'
  | 'certificate'
  | 'key'
  | 'other';

/**
 * One item a secret store holds, as its metadata. It carries no value, no description
 * and no free text from the store that could hold one: only names, identifiers, dates,
 * flags and tags (tags that look like secret material are dropped, see
 * `safeTags`). Dates are ISO 8601 strings.
 *
 * @public
 */
export interface SecretStoreItem {
  /** The name or path in the store: what `stagecraft.io/secret-path` names. */
  name: string;
  /** The store's own identifier: an ARN, a KMS key id, a Vault metadata path. */
  id?: string;
  kind: SecretStoreItemKind;
  createdAt?: string;
  /** When the store last rotated it (Secrets Manager `LastRotatedDate`, an ACM certificate's `IssuedAt` or `ImportedAt`). */
  lastRotated?: string;
  /** When its value or settings last changed (Secrets Manager `LastChangedDate`, SSM `LastModifiedDate`). */
  lastChanged?: string;
  /** When it was last read by anything (Secrets Manager `LastAccessedDate`, day precision). */
  lastAccessed?: string;
  /** Whether the store rotates it automatically. */
  rotationEnabled?: boolean;
  /** The automatic rotation period in days, when the store has one. */
  rotationPeriodDays?: number;
  /** The item's tags; values that look like secret material are left out. */
  tags?: Record<string, string>;
  /** When it was deleted, or is scheduled to be (Secrets Manager `DeletedDate`, KMS `DeletionDate`). */
  deletedAt?: string;
  /** When it stops being valid: a certificate's `NotAfter`, a parameter's expiration policy, a key's `ValidTo`. */
  expiresAt?: string;
  /** Whether the store can renew it (ACM `RenewalEligibility`). */
  renewalEligible?: boolean;
  /** ARNs of what uses it (ACM `InUseBy`). */
  inUseBy?: string[];
  /** The AWS service that manages it (Secrets Manager `OwningService`, KMS `KeyManager`). */
  owningService?: string;
  /** The KMS key that encrypts it (Secrets Manager, SSM). */
  kmsKeyId?: string;
  /** A state the store reports, e.g. a KMS `KeyState` or an ACM `Status`. */
  state?: string;
  /** Set on every item of a simulated reader: it is not from a real store. */
  simulated?: boolean;
}

/**
 * Reads the items of secret stores of one provider: their metadata, never a value.
 *
 * @public
 */
export interface SecretStoreReader {
  /** The `stagecraft.io/store-provider` this reader serves, e.g. `aws-secrets-manager`. */
  readonly provider: string;
  /** True for a reader whose items are made up (a demo or a test), never a real store. */
  readonly simulated?: boolean;
  /**
   * Every item of the store, across all pages. Rejects with a `SecretStoreReadError`
   * when the store cannot be read (access denied, throttled, timed out, not configured).
   */
  listItems(store: Entity, signal?: AbortSignal): Promise<SecretStoreItem[]>;
}
