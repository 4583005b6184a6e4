import { Table, TableColumn } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
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

export const PAGE_SIZES = [25, 50, 100];

/** Keeps the backend's order: the table sorts nothing itself. */
const keepOrder = () => 0;

/**
 * A dense table of one page of rows the backend filtered, sorted and paged, with a
 * message when no row matches.
 */
export function ServerPagedTable<T extends object>(props: {
  title: string;
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
        pageSizeOptions: PAGE_SIZES,
        emptyRowsWhenPaging: false,
        padding: 'dense',
        sorting: true,
        thirdSortClick: false,
        draggable: false,
      }}
      emptyContent={
        <Box p={2}>
          <Typography>{props.emptyText}</Typography>
        </Box>
      }
    />
  );
}
