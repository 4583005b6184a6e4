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

/** The page sizes a paged table offers. */
export const PAGE_SIZES = [25, 50, 100];

/** Keeps the backend's order: the table sorts nothing itself. */
const keepOrder = () => 0;

/**
 * A dense, paged table with sortable columns and `emptyText` when no row matches. With
 * `paging`, `rows` are one page that the backend filtered, sorted and paged; without it, the
 * table pages and sorts `rows` itself (a list small enough to hold in the browser).
 */
export function PagedTable<T extends object>(props: {
  title: string;
  subtitle?: string;
  columns: TableColumn<T>[];
  rows: readonly T[];
  emptyText: string;
  paging?: ServerPaging;
  loading?: boolean;
  /** `fixed` keeps the columns' widths whatever their content. */
  tableLayout?: 'auto' | 'fixed';
}) {
  const { paging } = props;
  const byBackend = Boolean(paging);
  // material-table adds its own state to rows, so it gets copies.
  const rows = useMemo(() => props.rows.map(row => ({ ...row })), [props.rows]);
  const columns = useMemo(
    () =>
      byBackend
        ? props.columns.map(column => ({ ...column, customSort: keepOrder }))
        : props.columns,
    [props.columns, byBackend],
  );
  return (
    <Table<T>
      title={props.title}
      subtitle={props.subtitle}
      columns={columns}
      data={rows}
      isLoading={props.loading}
      page={paging?.page}
      totalCount={paging?.total}
      onPageChange={paging?.onPageChange}
      onOrderChange={paging?.onSortChange}
      options={{
        search: false,
        paging: true,
        pageSize: paging?.pageSize ?? PAGE_SIZES[0],
        pageSizeOptions: PAGE_SIZES,
        emptyRowsWhenPaging: false,
        padding: 'dense',
        sorting: true,
        thirdSortClick: false,
        draggable: false,
        tableLayout: props.tableLayout ?? 'auto',
      }}
      emptyContent={<p style={{ padding: 16, margin: 0 }}>{props.emptyText}</p>}
    />
  );
}
