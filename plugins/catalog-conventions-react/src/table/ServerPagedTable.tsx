import { Table, TableColumn } from '@backstage/core-components';
import { useMemo } from 'react';

/**
 * Paging done by the backend: `rows` are page `page` of `total`. Sorting a column only
 * tells `onSortChange` (the backend sorts).
 */
export type ServerPaging = {
  total: number;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  /** The column's index in `columns`, or -1 when the sort is cleared. */
  onSortChange: (column: number, direction: 'asc' | 'desc' | '') => void;
};

/** The page sizes a server-paged table offers. */
export const SERVER_PAGE_SIZES = [25, 50, 100];

/** Keeps the backend's order: the table sorts nothing itself. */
const keepOrder = () => 0;

/**
 * A dense table of one page of rows that the backend filtered, sorted and paged, with
 * `emptyText` when no row matches.
 */
export function ServerPagedTable<T extends object>(props: {
  title: string;
  subtitle?: string;
  columns: TableColumn<T>[];
  rows: readonly T[];
  emptyText: string;
  paging: ServerPaging;
  loading?: boolean;
}) {
  const { paging } = props;
  // material-table adds its own state to rows, so it gets copies.
  const rows = useMemo(() => props.rows.map(row => ({ ...row })), [props.rows]);
  const columns = useMemo(
    () => props.columns.map(column => ({ ...column, customSort: keepOrder })),
    [props.columns],
  );
  return (
    <Table<T>
      title={props.title}
      subtitle={props.subtitle}
      columns={columns}
      data={rows}
      isLoading={props.loading}
      page={paging.page}
      totalCount={paging.total}
      onPageChange={paging.onPageChange}
      onOrderChange={paging.onSortChange}
      options={{
        search: false,
        paging: true,
        pageSize: paging.pageSize,
        pageSizeOptions: SERVER_PAGE_SIZES,
        emptyRowsWhenPaging: false,
        padding: 'dense',
        sorting: true,
        thirdSortClick: false,
        draggable: false,
      }}
      emptyContent={<p style={{ padding: 16, margin: 0 }}>{props.emptyText}</p>}
    />
  );
}
