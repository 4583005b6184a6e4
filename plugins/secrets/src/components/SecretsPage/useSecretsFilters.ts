import { useCallback, useEffect, useRef, useState } from 'react';
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

/** How long the URL waits for the filters to settle before it follows them. */
const URL_SYNC_DELAY_MS = 400;

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

/** The query string with the filters' parameters set to `filters`. */
function filterParams(
  params: URLSearchParams,
  filters: SecretsFilters,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of Object.keys(PARAMS) as (keyof SecretsFilters)[]) {
    const value = filters[key];
    if (value) {
      next.set(PARAMS[key], value);
    } else {
      next.delete(PARAMS[key]);
    }
  }
  return next;
}

/**
 * The filters, read from the URL on load and written back to it so a filtered
 * review can be shared as a link. They live in component state: every URL
 * change re-renders the whole app, which is too slow to do on each keystroke,
 * so the URL follows once the filters have settled.
 */
export function useSecretsFilters() {
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<SecretsFilters>(() =>
    readFilters(params),
  );

  const setFilter = useCallback(
    (key: keyof SecretsFilters, value?: string) =>
      setFilters(previous => ({ ...previous, [key]: value || undefined })),
    [],
  );
  const clearFilters = useCallback(() => setFilters({}), []);

  // The query string this hook last wrote; any other is a navigation (a link,
  // the back button) and replaces the filters.
  const written = useRef(filterParams(params, readFilters(params)).toString());
  useEffect(() => {
    const current = filterParams(params, readFilters(params)).toString();
    if (current !== written.current) {
      written.current = current;
      setFilters(readFilters(params));
    }
  }, [params]);

  const setParamsRef = useRef(setParams);
  setParamsRef.current = setParams;
  useEffect(() => {
    const timer = setTimeout(() => {
      setParamsRef.current(
        previous => {
          const next = filterParams(previous, filters);
          if (next.toString() === previous.toString()) {
            return previous;
          }
          written.current = filterParams(next, readFilters(next)).toString();
          return next;
        },
        { replace: true },
      );
    }, URL_SYNC_DELAY_MS);
    return () => clearTimeout(timer);
  }, [filters]);

  return { filters, setFilter, clearFilters };
}
