import { act, renderHook } from '@testing-library/react';
import { useServerPaging } from './useServerPaging';

const sortKeyOfColumn = (column: number) =>
  (['name', 'score'] as const)[column];

describe('useServerPaging', () => {
  it('asks for the page and sort the table chose, and the first page again for another filter', () => {
    const first = { owner: 'a' };
    const { result, rerender } = renderHook(
      ({ filter }) =>
        useServerPaging({ filter, pageSize: 25, sortKeyOfColumn }),
      { initialProps: { filter: first as object } },
    );
    expect(result.current.request).toEqual({ page: 0, pageSize: 25 });

    act(() => result.current.pagingOf(120).onPageChange(2, 50));
    expect(result.current.request).toMatchObject({ page: 2, pageSize: 50 });
    expect(result.current.pagingOf(120)).toMatchObject({
      total: 120,
      page: 2,
      pageSize: 50,
    });

    act(() => result.current.pagingOf(120).onSortChange(1, 'desc'));
    expect(result.current.request).toEqual({
      page: 0,
      pageSize: 50,
      sort: 'score',
      order: 'desc',
    });

    act(() => result.current.pagingOf(120).onPageChange(1, 50));
    rerender({ filter: { owner: 'b' } });
    expect(result.current.request).toMatchObject({ page: 0, sort: 'score' });

    act(() => result.current.pagingOf(120).onSortChange(-1, ''));
    expect(result.current.request.sort).toBeUndefined();
    expect(result.current.request.order).toBeUndefined();
  });

  it('keeps request and pagingOf while nothing changes, so a memoised table does not render again', () => {
    const filter = { owner: 'a' };
    const { result, rerender } = renderHook(() =>
      useServerPaging({ filter, pageSize: 25, sortKeyOfColumn }),
    );
    const { request, pagingOf } = result.current;
    rerender();
    expect(result.current.request).toBe(request);
    expect(result.current.pagingOf).toBe(pagingOf);

    act(() => result.current.pagingOf(120).onPageChange(1, 25));
    expect(result.current.pagingOf).not.toBe(pagingOf);
  });
});
