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

/** One store's reconciliation, as last run. */
export type StoreDrift = {
  store: string;
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
  cataloguedItems?: number;
  findings: DriftFinding[];
};

/** `GET /api/secrets/drift`: every store the caller may read, with its drift. */
export type SecretsDriftResponse = {
  stores: StoreDrift[];
};
