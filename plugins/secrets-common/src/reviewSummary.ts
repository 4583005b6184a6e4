import type { SecretReviewItem, SecretsSummary } from './review';

/** Key of `SecretsSummary.byStore` for secrets without a resolvable store. */
export const NO_STORE_KEY = 'none';

/** True when nothing depends on the secret and it belongs to no system. */
export function isOrphanedSecret(item: SecretReviewItem): boolean {
  return item.dependents.length === 0 && !item.system;
}

/** Counts of no secrets, to add rows to with {@link addToSummary}. */
export function emptySummary(): SecretsSummary {
  return {
    total: 0,
    compliant: 0,
    nonCompliant: 0,
    orphaned: 0,
    noRemediationDocs: 0,
    byStore: {},
  };
}

/**
 * Counts one row in `summary`, under `storeKey` (its store's ref unless the
 * caller may not read the store, else {@link NO_STORE_KEY}).
 */
export function addToSummary(
  summary: SecretsSummary,
  item: SecretReviewItem,
  storeKey: string = item.store?.entityRef ?? NO_STORE_KEY,
): void {
  summary.total += 1;
  if (item.compliance.compliant) {
    summary.compliant += 1;
  } else {
    summary.nonCompliant += 1;
  }
  if (isOrphanedSecret(item)) {
    summary.orphaned += 1;
  }
  if (item.remediationLinks.length === 0) {
    summary.noRemediationDocs += 1;
  }
  const store = (summary.byStore[storeKey] ??= { total: 0, nonCompliant: 0 });
  store.total += 1;
  if (!item.compliance.compliant) {
    store.nonCompliant += 1;
  }
}

/** The counts of the Secrets review page, for any subset of its rows. */
export function summarizeSecrets(
  items: readonly SecretReviewItem[],
): SecretsSummary {
  const summary = emptySummary();
  for (const item of items) {
    addToSummary(summary, item);
  }
  return summary;
}
