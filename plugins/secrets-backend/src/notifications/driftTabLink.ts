import { DriftKind } from '@stagecraft/plugin-secrets-common';

/**
 * The portal path of the Secrets page's Drift tab, where the secrets frontend mounts it by
 * default (`/secrets`, tab `drift`).
 */
export const DRIFT_TAB_PATH = '/secrets/drift';

/**
 * The Drift tab filtered to a store's findings of one kind, searched for `search` (e.g. an
 * item's name). The query parameters are the Drift view's filters (`store`, `kind`, `q`; see
 * `useDriftFilters` in `@stagecraft/plugin-secrets`).
 */
export function driftTabLink(filters: {
  store: string;
  kind: DriftKind;
  search?: string;
}): string {
  const query = new URLSearchParams({
    store: filters.store,
    kind: filters.kind,
  });
  if (filters.search) query.set('q', filters.search);
  return `${DRIFT_TAB_PATH}?${query}`;
}
