import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ServerPaging } from './PagedTable';

/** Which page of a server-paged table is asked for, and in which order. */
export type PageRequest<TSort extends string> = {
  page: number;
  pageSize: number;
  sort?: TSort;
  /** Only with `sort`. */
  order?: 'asc' | 'desc';
};

/**
 * The page, size and sort a server-paged table asks for over `filter` (compared by
 * identity: another filter starts again at the first page, as its rows are other rows), and
 * `pagingOf(total)`, what the table needs. Clicking a column sorts by
 * `sortKeyOfColumn(index)`, from the first page. `request` and `pagingOf` stay the same
 * objects while the page, size, sort and filter do.
 */
export function useServerPaging<TSort extends string>(options: {
  filter: unknown;
  pageSize: number;
  sortKeyOfColumn: (column: number) => TSort | undefined;
}): {
  request: PageRequest<TSort>;
  pagingOf: (total: number) => ServerPaging;
} {
  const { filter, sortKeyOfColumn } = options;
  const [state, setState] = useState<PageRequest<TSort> & { of?: unknown }>({
    page: 0,
    pageSize: options.pageSize,
  });
  const page = state.of === filter ? state.page : 0;
  const { pageSize, sort } = state;
  const order = sort ? state.order : undefined;
  const request = useMemo(
    () => ({ page, pageSize, sort, order }),
    [page, pageSize, sort, order],
  );
  // Stable while nothing changes, so a memoised table does not render again.
  const pagingOf = useCallback(
    (total: number): ServerPaging => ({
      total,
      page,
      pageSize,
      onPageChange: (next, size) =>
        setState(s => ({ ...s, page: next, pageSize: size, of: filter })),
      onSortChange: (column, direction) =>
        setState(s => ({
          ...s,
          page: 0,
          sort: direction ? sortKeyOfColumn(column) : undefined,
          order: direction || undefined,
        })),
    }),
    [page, pageSize, filter, sortKeyOfColumn],
  );
  return { request, pagingOf };
}

/** `value` once defined, and then the last defined one: a page stays on screen while the next loads. */
export function useLastDefined<T>(value: T | undefined): T | undefined {
  const [last, setLast] = useState(value);
  useEffect(() => {
    if (value !== undefined) setLast(value);
  }, [value]);
  return last;
}
