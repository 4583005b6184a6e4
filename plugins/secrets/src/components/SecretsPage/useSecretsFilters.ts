import {
  SecretsFilters,
  STATUS_FILTERS,
  StatusFilter,
} from '../../lib/filterSecrets';
import { useUrlFilters } from '../../hooks/useUrlFilters';

const PARAMS: Record<keyof SecretsFilters, string> = {
  search: 'q',
  store: 'store',
  owner: 'owner',
  system: 'system',
  status: 'status',
};

const isStatus = (value: string | null): value is StatusFilter =>
  STATUS_FILTERS.includes(value as StatusFilter);

function readFilters(params: URLSearchParams): SecretsFilters {
  const status = params.get(PARAMS.status);
  return {
    search: params.get(PARAMS.search) ?? undefined,
    store: params.get(PARAMS.store) ?? undefined,
    owner: params.get(PARAMS.owner) ?? undefined,
    system: params.get(PARAMS.system) ?? undefined,
    status: isStatus(status) ? status : undefined,
  };
}

/** The review's filters, kept in the URL (`?q=&store=&owner=&system=&status=`). */
export function useSecretsFilters() {
  return useUrlFilters<SecretsFilters>(PARAMS, readFilters);
}
