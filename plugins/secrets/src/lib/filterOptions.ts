import {
  REVIEW_FILTER_NONE,
  type ReviewFacet,
  type SecretsReviewPage,
  type SecretStoreSummary,
} from '@stagecraft/plugin-secrets-common';
import { shortRef } from './refs';

export type FilterOption = { value: string; label: string; count: number };

export type SecretsFilterOptions = {
  stores: FilterOption[];
  owners: FilterOption[];
  systems: FilterOption[];
  /** The stores the page names, by entity ref. */
  storesByRef: Map<string, SecretStoreSummary>;
};

/** A facet's values as options, by label, "none" last. */
function optionsOf(
  facets: readonly ReviewFacet[],
  labelOf: (value: string) => string,
  noneLabel: string,
): FilterOption[] {
  return facets
    .map(({ value, count }) => ({
      value,
      count,
      label: value === REVIEW_FILTER_NONE ? noneLabel : labelOf(value),
    }))
    .sort((a, b) => {
      if (a.value === REVIEW_FILTER_NONE || b.value === REVIEW_FILTER_NONE) {
        return a.value === REVIEW_FILTER_NONE ? 1 : -1;
      }
      return a.label.localeCompare(b.label);
    });
}

/** The choices of the store, owner and system filters, with their counts, from the backend's facets. */
export function secretsFilterOptions(
  page: Pick<SecretsReviewPage, 'facets' | 'stores'>,
): SecretsFilterOptions {
  const storesByRef = new Map(page.stores.map(s => [s.entityRef, s]));
  return {
    storesByRef,
    stores: optionsOf(
      page.facets.stores,
      ref => storeLabel(storesByRef.get(ref), ref),
      'No store',
    ),
    owners: optionsOf(
      page.facets.owners,
      ref => shortRef(ref, 'group'),
      'No owner',
    ),
    systems: optionsOf(
      page.facets.systems,
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
