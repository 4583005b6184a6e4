import { searchWords } from '@stagecraft/catalog-conventions-common';
import type { SecretReviewItem } from '../review';
import { isOrphanedSecret, NO_STORE_KEY } from '../reviewSummary';
import type {
  ReviewFilters,
  ReviewSortKey,
  ReviewStatusFilter,
} from './reviewQuery';

/**
 * A row's lower-cased search text: every field the page shows and the
 * findings, but its store (see {@link reviewStoreSearchText}), which some
 * callers may not read.
 */
export function reviewSearchText(item: SecretReviewItem): string {
  return [
    item.entityRef,
    item.title,
    item.description,
    item.secretKind,
    item.secretPath,
    item.owner,
    item.system,
    item.lifecycle,
    ...item.compliance.findings.map(f => f.message),
  ]
    .filter(Boolean)
    .join('\n')
    .toLocaleLowerCase('en-US');
}

/** The lower-cased search text of a row's store. */
export function reviewStoreSearchText(item: SecretReviewItem): string {
  const { store } = item;
  return store
    ? [store.entityRef, store.title, store.provider]
        .filter(Boolean)
        .join('\n')
        .toLocaleLowerCase('en-US')
    : '';
}

export { searchWords };

export function matchesReviewStatus(
  item: SecretReviewItem,
  status: ReviewStatusFilter,
): boolean {
  switch (status) {
    case 'non-compliant':
      return !item.compliance.compliant;
    case 'compliant':
      return item.compliance.compliant;
    case 'warnings':
      return item.compliance.findings.some(f => f.severity === 'warning');
    case 'orphaned':
      return isOrphanedSecret(item);
    case 'no-remediation-docs':
      return item.remediationLinks.length === 0;
    default:
      return true;
  }
}

const matchesRef = (value: string | undefined, filter: string | undefined) =>
  filter === undefined || (value ?? NO_STORE_KEY) === filter;

/**
 * Whether a row passes the filters. `text` is its {@link reviewSearchText},
 * `storeText` its {@link reviewStoreSearchText}; `storeRef` the store as the
 * caller sees it (undefined when they may not read it: then neither the store
 * filter nor the search finds the row by its store).
 */
export function matchesReviewFilters(
  row: {
    item: SecretReviewItem;
    text: string;
    storeText: string;
    storeRef?: string;
  },
  filters: ReviewFilters,
  words: readonly string[] = searchWords(filters.search),
): boolean {
  const { item, text, storeText, storeRef } = row;
  return (
    matchesRef(storeRef, filters.store) &&
    matchesRef(item.owner, filters.owner) &&
    matchesRef(item.system, filters.system) &&
    (!filters.status || matchesReviewStatus(item, filters.status)) &&
    words.every(
      word =>
        text.includes(word) ||
        (storeRef !== undefined && storeText.includes(word)),
    )
  );
}

const STATUS_ORDER = { nonCompliant: 0, warnings: 1, compliant: 2 };

const complianceRank = (item: SecretReviewItem) => {
  const errors = item.compliance.findings.filter(
    f => f.severity === 'error',
  ).length;
  let status = STATUS_ORDER.compliant;
  if (!item.compliance.compliant) {
    status = STATUS_ORDER.nonCompliant;
  } else if (item.compliance.findings.some(f => f.severity === 'warning')) {
    status = STATUS_ORDER.warnings;
  }
  // Non-compliant first, and among them the most errors first.
  return status * 1000 - Math.min(errors, 999);
};

/** The name part of a ref, lower-cased: `group:default/Team-A` → `team-a`. */
const refName = (ref: string) => ref.slice(ref.lastIndexOf('/') + 1);

const lower = (text: string | undefined) =>
  (text ?? '').toLocaleLowerCase('en-US');

/**
 * What a row is sorted by in each column: a lower-cased text or a number.
 * Rows without a value (no store, owner or system) sort last in ascending order.
 */
export const REVIEW_SORT_VALUES: Record<
  ReviewSortKey,
  (item: SecretReviewItem) => string | number
> = {
  ref: item => item.entityRef,
  name: item => lower(item.title ?? item.name),
  store: item =>
    item.store ? lower(item.store.title ?? item.store.name) : '\uffff',
  owner: item => (item.owner ? lower(refName(item.owner)) : '\uffff'),
  system: item => (item.system ? lower(refName(item.system)) : '\uffff'),
  dependents: item => item.dependents.length,
  remediation: item => item.remediationLinks.length,
  compliance: complianceRank,
};

const compareValues = (a: string | number, b: string | number) => {
  if (a < b) return -1;
  return a > b ? 1 : 0;
};

/** Row indexes of `items` in ascending order of `key`, ties by entity ref. */
export function reviewSortOrder(
  items: readonly SecretReviewItem[],
  key: ReviewSortKey,
): Uint32Array {
  const valueOf = REVIEW_SORT_VALUES[key];
  const values = items.map(valueOf);
  const order = Array.from(items.keys()).sort(
    (a, b) =>
      compareValues(values[a], values[b]) ||
      compareValues(items[a].entityRef, items[b].entityRef),
  );
  return Uint32Array.from(order);
}
