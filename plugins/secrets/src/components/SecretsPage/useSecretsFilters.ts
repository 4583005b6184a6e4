import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  SecretsFilters,
  STATUS_FILTERS,
  StatusFilter,
} from '../../lib/filterSecrets';

const PARAMS: Record<keyof SecretsFilters, string> = {
  search: 'q',
  store: 'store',
  owner: 'owner',
  system: 'system',
  status: 'status',
};

const isStatus = (value: string | null): value is StatusFilter =>
  STATUS_FILTERS.includes(value as StatusFilter);

/** The filters live in the URL so a filtered review can be shared as a link. */
export function useSecretsFilters() {
  const [params, setParams] = useSearchParams();

  const filters = useMemo<SecretsFilters>(() => {
    const status = params.get(PARAMS.status);
    return {
      search: params.get(PARAMS.search) ?? undefined,
      store: params.get(PARAMS.store) ?? undefined,
      owner: params.get(PARAMS.owner) ?? undefined,
      system: params.get(PARAMS.system) ?? undefined,
      status: isStatus(status) ? status : undefined,
    };
  }, [params]);

  const setFilter = useCallback(
    (key: keyof SecretsFilters, value?: string) =>
      setParams(
        previous => {
          const next = new URLSearchParams(previous);
          if (value) {
            next.set(PARAMS[key], value);
          } else {
            next.delete(PARAMS[key]);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const clearFilters = useCallback(
    () =>
      setParams(
        previous => {
          const next = new URLSearchParams(previous);
          Object.values(PARAMS).forEach(param => next.delete(param));
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return { filters, setFilter, clearFilters };
}
