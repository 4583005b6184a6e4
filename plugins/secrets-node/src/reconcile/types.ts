import type {
  DriftFinding,
  DriftKind,
  SecretRotationStatus,
} from '@stagecraft/plugin-secrets-common';

export type { DriftFinding, DriftKind, SecretRotationStatus };

/** What reconciling one store finds, and the rotation status of each catalog secret it holds. */
export type StoreReconciliation = {
  findings: DriftFinding[];
  rotations: SecretRotationStatus[];
};

/** A catalog secret of the store, as reconciliation needs it. */
export type CatalogSecret = {
  ref: string;
  /** `stagecraft.io/secret-path`, else the entity name: what the store calls it. */
  path: string;
  /** From `stagecraft.io/rotation-period`. */
  rotationPeriodDays?: number;
  /** How many entities depend on it. */
  dependents: number;
};

/** Thresholds, from `stagecraft.secrets.drift` (defaults in `DEFAULT_RECONCILE_POLICY`). */
export type ReconcilePolicy = {
  /** Rotation period for secrets that name none and whose store has none. */
  defaultRotationPeriodDays?: number;
  /** Secrets and keys must have automatic rotation turned on. */
  requireRotation: boolean;
  /** Not read for this many days makes an item a candidate for deletion. */
  unusedAfterDays: number;
  /** A certificate or parameter expiring within this many days is reported. */
  expiringWithinDays: number;
};

export const DEFAULT_RECONCILE_POLICY: ReconcilePolicy = {
  requireRotation: false,
  unusedAfterDays: 90,
  expiringWithinDays: 30,
};
