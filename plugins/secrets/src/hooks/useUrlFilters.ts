import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

type Filters = Record<string, string | undefined>;

/** How long the URL waits for the filters to settle before it follows them. */
const URL_SYNC_DELAY_MS = 400;

/** The query string with the filters' parameters set to `filters`. */
function filterParams<F extends Filters>(
  params: URLSearchParams,
  names: Record<keyof F, string>,
  filters: F,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of Object.keys(names) as (keyof F)[]) {
    const value = filters[key];
    if (value) {
      next.set(names[key], value);
    } else {
      next.delete(names[key]);
    }
  }
  return next;
}

/**
 * Filters read from the URL on load and written back to it so a filtered view can be
 * shared as a link. `names` maps each filter to its query parameter; `read` reads (and
 * validates) them. They live in component state: every URL change re-renders the whole
 * app, which is too slow to do on each keystroke, so the URL follows once the filters
 * have settled.
 */
export function useUrlFilters<F extends Filters>(
  names: Record<keyof F, string>,
  read: (params: URLSearchParams) => F,
) {
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<F>(() => read(params));
  const normalised = (p: URLSearchParams) =>
    filterParams(p, names, read(p)).toString();

  const setFilter = useCallback(
    (key: keyof F, value?: string) =>
      setFilters(previous => ({ ...previous, [key]: value || undefined })),
    [],
  );
  const clearFilters = useCallback(() => setFilters({} as F), []);

  // The query string this hook last wrote; any other is a navigation (a link,
  // the back button) and replaces the filters.
  const written = useRef(normalised(params));
  const readRef = useRef(read);
  readRef.current = read;
  useEffect(() => {
    const current = filterParams(params, names, readRef.current(params));
    if (current.toString() !== written.current) {
      written.current = current.toString();
      setFilters(readRef.current(params));
    }
    // `names` is a constant of the caller.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [params]);

  const setParamsRef = useRef(setParams);
  setParamsRef.current = setParams;
  useEffect(() => {
    const timer = setTimeout(() => {
      setParamsRef.current(
        previous => {
          const next = filterParams(previous, names, filters);
          if (next.toString() === previous.toString()) {
            return previous;
          }
          written.current = filterParams(
            next,
            names,
            readRef.current(next),
          ).toString();
          return next;
        },
        { replace: true },
      );
    }, URL_SYNC_DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filters]);

  return { filters, setFilter, clearFilters };
}
