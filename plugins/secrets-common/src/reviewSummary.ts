import type { SecretReviewItem, SecretsSummary } from './review';

/** Key of `SecretsSummary.byStore` for secrets without a resolvable store. */
export const NO_STORE_KEY = 'none';

/** True when nothing depends on the secret and it belongs to no system. */
export function isOrphanedSecret(item: SecretReviewItem): boolean {
  return item.dependents.length === 0 && !item.system;
}

/** The counts of the Secrets review page, for any subset of its rows. */
export function summarizeSecrets(
  items: readonly SecretReviewItem[],
): SecretsSummary {
  const summary: SecretsSummary = {
    total: items.length,
    compliant: 0,
    nonCompliant: 0,
    orphaned: 0,
    noRemediationDocs: 0,
    byStore: {},
  };
  for (const item of items) {
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
    const storeKey = item.store?.entityRef ?? NO_STORE_KEY;
    const store = (summary.byStore[storeKey] ??= { total: 0, nonCompliant: 0 });
    store.total += 1;
    if (!item.compliance.compliant) {
      store.nonCompliant += 1;
    }
  }
  return summary;
}
