import type {
  SecretReviewItem,
  SecretStoreSummary,
} from '@stagecraft/plugin-secrets-common';
import { NONE } from './filterSecrets';
import { shortRef } from './refs';

export type FilterOption = { value: string; label: string; count: number };

export type SecretsFilterOptions = {
  stores: FilterOption[];
  owners: FilterOption[];
  systems: FilterOption[];
  /** The stores seen in the rows, by entity ref. */
  storesByRef: Map<string, SecretStoreSummary>;
};

function collect(
  items: readonly SecretReviewItem[],
  valueOf: (item: SecretReviewItem) => string | undefined,
  labelOf: (value: string) => string,
  noneLabel: string,
): FilterOption[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const value = valueOf(item) ?? NONE;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([value, count]) => ({
      value,
      count,
      label: value === NONE ? noneLabel : labelOf(value),
    }))
    .sort((a, b) => {
      if (a.value === NONE || b.value === NONE) {
        return a.value === NONE ? 1 : -1;
      }
      return a.label.localeCompare(b.label);
    });
}

/** The choices of the store, owner and system filters, with row counts. */
export function secretsFilterOptions(
  items: readonly SecretReviewItem[],
): SecretsFilterOptions {
  const storesByRef = new Map<string, SecretStoreSummary>();
  for (const item of items) {
    if (item.store && !storesByRef.has(item.store.entityRef)) {
      storesByRef.set(item.store.entityRef, item.store);
    }
  }
  return {
    storesByRef,
    stores: collect(
      items,
      i => i.store?.entityRef,
      ref => storeLabel(storesByRef.get(ref), ref),
      'No store',
    ),
    owners: collect(
      items,
      i => i.owner,
      ref => shortRef(ref, 'group'),
      'No owner',
    ),
    systems: collect(
      items,
      i => i.system,
      ref => shortRef(ref, 'system'),
      'No system',
    ),
  };
}

export function storeLabel(
  store: SecretStoreSummary | undefined,
  ref: string,
): string {
  return store?.title ?? store?.name ?? shortRef(ref, 'resource');
}
