/** What reconciling a store with the catalog can find. */
export type DriftKind =
  | 'shadow'
  | 'ghost'
  | 'rotation-overdue'
  | 'rotation-disabled'
  | 'unused'
  | 'expiring';

/** One difference between the catalog and a store, with its evidence and the fix. */
export type DriftFinding = {
  kind: DriftKind;
  severity: 'error' | 'warning' | 'info';
  /** The store entity's ref. */
  store: string;
  /** The catalog secret's ref, when the finding is about one. */
  secret?: string;
  /** The item's name in the store, when the finding is about one. */
  item?: string;
  evidence: string;
  fix: string;
};

/** A catalogued secret of the store, as reconciliation needs it. */
export type CataloguedSecret = {
  ref: string;
  /** `stagecraft.io/secret-path`, else the entity name: what the store calls it. */
  path: string;
  /** From `stagecraft.io/rotation-period`. */
  rotationPeriodDays?: number;
  /** How many entities depend on it. */
  dependents: number;
};

/** Thresholds, from `stagecraft.secrets.reconcile` (defaults in `DEFAULT_RECONCILE_POLICY`). */
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
