import {
  REVIEW_QUERY_PARAMS,
  REVIEW_STATUS_FILTERS,
  type ReviewFilters,
  type ReviewStatusFilter,
} from '@stagecraft/plugin-secrets-common';
import { useUrlFilters } from '../../hooks/useUrlFilters';

/** The filters' query parameters: the same as the backend's. */
const PARAMS: Record<keyof ReviewFilters, string> = {
  search: REVIEW_QUERY_PARAMS.search,
  store: REVIEW_QUERY_PARAMS.store,
  owner: REVIEW_QUERY_PARAMS.owner,
  system: REVIEW_QUERY_PARAMS.system,
  status: REVIEW_QUERY_PARAMS.status,
};

const isStatus = (value: string | null): value is ReviewStatusFilter =>
  REVIEW_STATUS_FILTERS.includes(value as ReviewStatusFilter);

function readFilters(params: URLSearchParams): ReviewFilters {
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
  return useUrlFilters<ReviewFilters>(PARAMS, readFilters);
}
