import type { SecretReviewItem, SecretStoreSummary } from '../review';
import { addToSummary, emptySummary, NO_STORE_KEY } from '../reviewSummary';
import type { ReviewFacet, SecretsReviewPage } from './reviewPage';

/** A review row as one caller sees it: its store only when they may read it. */
export type VisibleReviewRow = { item: SecretReviewItem; storeRef?: string };

/**
 * The page `[offset, offset + limit)` of `rows` (already filtered and in
 * order), with the total and summary of all of them.
 */
export function pageOfReview(
  rows: Iterable<VisibleReviewRow>,
  range: { offset: number; limit: number },
): Pick<SecretsReviewPage, 'items' | 'offset' | 'limit' | 'total' | 'summary'> {
  const summary = emptySummary();
  const items: SecretReviewItem[] = [];
  const end = range.offset + range.limit;
  for (const { item, storeRef } of rows) {
    if (summary.total >= range.offset && summary.total < end) {
      items.push(item);
    }
    addToSummary(summary, item, storeRef ?? NO_STORE_KEY);
  }
  return {
    items,
    offset: range.offset,
    limit: range.limit,
    total: summary.total,
    summary,
  };
}

/** Facet values by count, most first, `none` last. */
function facetsOf(counts: Map<string, number>): ReviewFacet[] {
  return [...counts.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => {
      if (a.value === NO_STORE_KEY || b.value === NO_STORE_KEY) {
        return a.value === NO_STORE_KEY ? 1 : -1;
      }
      return b.count - a.count || a.value.localeCompare(b.value);
    });
}

/** The choices of the store, owner and system filters over `rows`, and the stores they name. */
export function reviewFacets(
  rows: Iterable<VisibleReviewRow>,
): Pick<SecretsReviewPage, 'facets' | 'stores' | 'unfilteredTotal'> {
  const counts = { stores: new Map(), owners: new Map(), systems: new Map() };
  const count = (map: Map<string, number>, value?: string) =>
    map.set(value ?? NO_STORE_KEY, (map.get(value ?? NO_STORE_KEY) ?? 0) + 1);
  const stores = new Map<string, SecretStoreSummary>();
  let total = 0;
  for (const { item, storeRef } of rows) {
    total += 1;
    if (storeRef && item.store) stores.set(storeRef, item.store);
    count(counts.stores, storeRef);
    count(counts.owners, item.owner);
    count(counts.systems, item.system);
  }
  return {
    unfilteredTotal: total,
    facets: {
      stores: facetsOf(counts.stores),
      owners: facetsOf(counts.owners),
      systems: facetsOf(counts.systems),
    },
    stores: [...stores.values()],
  };
}
