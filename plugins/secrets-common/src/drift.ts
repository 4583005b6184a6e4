import type { FindingSeverity } from './types';

/** What reconciling a secret store with the catalog can find. */
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
  severity: FindingSeverity;
  /** The store entity's ref. */
  store: string;
  /** The catalog secret's ref, when the finding is about one. */
  secret?: string;
  /** The item's name in the store, when the finding is about one. */
  item?: string;
  evidence: string;
  fix: string;
};

/** One store's reconciliation, as last run. */
export type StoreDrift = {
  store: string;
  /** The store entity's title, as the caller's catalog answers it; unset when it has none. */
  title?: string;
  provider: string;
  /** Read from a simulated stand-in, not the real store. */
  simulated: boolean;
  /** `unknown`: the store could not be read; the findings are the last good run's. */
  status: 'ok' | 'unknown';
  checkedAt: string;
  /** Why the store could not be read (never a value). */
  problem?: string;
  /** When the store was last read; with `unknown`, the findings' age. */
  lastGoodAt?: string;
  /** Items in the store, and how many of them the catalog names. */
  items?: number;
  itemsInCatalog?: number;
  findings: DriftFinding[];
  /** What the store reports of each catalog secret it holds. */
  rotations?: SecretRotationStatus[];
};

/** `GET /api/secrets/drift`: every store the caller may read, with its drift. */
export type SecretsDriftResponse = {
  stores: StoreDrift[];
};

/** What a store reports of one catalog secret: when it was last rotated and when it is next due. */
export type SecretRotationStatus = {
  /** The secret entity's ref. */
  secret: string;
  /** The store entity's ref, and the item's name in it. */
  store: string;
  item: string;
  lastRotatedAt?: string;
  lastChangedAt?: string;
  lastAccessedAt?: string;
  /** From the secret's `stagecraft.io/rotation-period`, else the store's schedule, else `stagecraft.secrets.drift.defaultRotationPeriodDays`. */
  rotationPeriodDays?: number;
  /** Last rotation (else change, else creation) plus the rotation period; absent without either. */
  nextDueAt?: string;
  rotationEnabled?: boolean;
  /** A certificate's `NotAfter` or a parameter's expiration. */
  expiresAt?: string;
};

/** `GET /api/secrets/entities/:kind/:namespace/:name/drift`. */
export type EntityDriftResponse = {
  /** For a `secret-store`: its last reconciliation (coverage and findings). */
  store?: StoreDrift;
  /** For a `secret`: what its store reports of it, and the findings about it. */
  secret?: {
    store: string;
    /** The store's status when it was last read (`unknown`: the store could not be read). */
    status: StoreDrift['status'];
    simulated: boolean;
    checkedAt: string;
    lastGoodAt?: string;
    /** Absent when the store does not hold the secret (then a ghost finding says so). */
    rotation?: SecretRotationStatus;
    findings: DriftFinding[];
  };
};

/** One day of drift over the stores the caller may read: findings by kind, and coverage. */
export type DriftTrendPoint = {
  /** `YYYY-MM-DD` (UTC). */
  date: string;
  findings: Record<DriftKind, number>;
  items: number;
  itemsInCatalog: number;
};

/** `GET /api/secrets/drift/trend?days=N`: oldest day first. */
export type DriftTrendResponse = {
  days: DriftTrendPoint[];
};
