import { isDriftKind } from '@stagecraft/plugin-secrets-common';
import { DriftFilters, isDriftSeverity } from '../../lib/driftFindings';
import { useUrlFilters } from '../../hooks/useUrlFilters';

const PARAMS: Record<keyof DriftFilters, string> = {
  search: 'q',
  kind: 'kind',
  severity: 'severity',
  store: 'store',
};

function readFilters(params: URLSearchParams): DriftFilters {
  const kind = params.get(PARAMS.kind);
  const severity = params.get(PARAMS.severity);
  return {
    search: params.get(PARAMS.search) ?? undefined,
    kind: isDriftKind(kind) ? kind : undefined,
    severity: isDriftSeverity(severity) ? severity : undefined,
    store: params.get(PARAMS.store) ?? undefined,
  };
}

/** The Drift view's filters, kept in the URL (`?q=&kind=&severity=&store=`). */
export function useDriftFilters() {
  return useUrlFilters<DriftFilters>(PARAMS, readFilters);
}
