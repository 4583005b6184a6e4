import { SEARCH_PARAMETER } from '@stagecraft/catalog-conventions-common';
import {
  resultsQueryString,
  type ResultFilter,
} from '@stagecraft/plugin-readiness-common';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import useDebounce from 'react-use/esm/useDebounce';
import type { Filters } from './FiltersBar';
import { filtersOfUrl, resultFilterOf, urlWithFilters } from './filtersInUrl';

/** How long typing in the search may pause before the URL, and so the backend, follow. */
export const SEARCH_DELAY_MS = 250;

/**
 * The search as typed: the URL's `q` until the user types, written back to the URL
 * (replacing its history entry) once it has not changed for `SEARCH_DELAY_MS`.
 */
function useTypedSearch(settled: string | undefined) {
  const [, setParams] = useSearchParams();
  const [typed, setTyped] = useState(settled);
  // The `q` this hook last wrote; any other came by navigation (back, forward, a link)
  // and replaces what was typed.
  const written = useRef(settled);
  useEffect(() => {
    if (settled !== written.current) {
      written.current = settled;
      setTyped(settled);
    }
  }, [settled]);
  useDebounce(
    () => {
      if ((typed ?? '') === (settled ?? '')) return;
      written.current = typed;
      setParams(
        current => {
          const next = new URLSearchParams(current);
          if (typed) next.set(SEARCH_PARAMETER, typed);
          else next.delete(SEARCH_PARAMETER);
          return next;
        },
        { replace: true },
      );
    },
    SEARCH_DELAY_MS,
    [typed],
  );
  return [typed, setTyped] as const;
}

/**
 * The Readiness page's filters, held by its URL alone so that back, forward and links to
 * the page apply theirs: `filters` as the bar shows them (the search as typed),
 * `resultFilter` as the backend is asked (the search as settled; the same object while the
 * URL's filters stay the same), and `setFilters`, which adds a history entry for any change
 * but to the search.
 */
export function useFiltersInUrl(): {
  filters: Filters;
  resultFilter: ResultFilter;
  setFilters: (next: Filters) => void;
} {
  const [params, setParams] = useSearchParams();
  const inUrl = filtersOfUrl(params);
  // Read on its own: a search still applies when another parameter is invalid.
  const settled = params.get(SEARCH_PARAMETER) || undefined;
  const [typed, setTyped] = useTypedSearch(settled);

  const filter = resultFilterOf(inUrl, settled);
  const filterKey = resultsQueryString(filter);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const resultFilter = useMemo(() => filter, [filterKey]);

  const setFilters = (next: Filters) => {
    if (next.search !== typed) setTyped(next.search);
    const url = urlWithFilters(params, next);
    if (url.toString() !== params.toString()) setParams(url);
  };
  return { filters: { ...inUrl, search: typed }, resultFilter, setFilters };
}
