import { useMemo } from 'react';
import { Box, Typography } from '@material-ui/core';
import { Table, TableColumn } from '@backstage/core-components';
import { EntityHrefProvider } from '../EntityLink';

/**
 * Paging done by the backend: `rows` are page `page` of `total`. Sorting a
 * column only tells `onSortChange` (the backend sorts).
 */
export type ServerPaging = {
  total: number;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  /** The column's index in `columns`, or -1 when the sort is cleared. */
  onSortChange: (column: number, direction: 'asc' | 'desc' | '') => void;
};

const PAGE_SIZES = [25, 50, 100];

/** Keeps the backend's order: the table sorts nothing itself. */
const keepOrder = () => 0;

/**
 * A dense, paginated table of thousands of rows with sortable columns and a
 * message when no row matches. It pages and sorts `rows` itself, or shows the
 * page the backend answered (`server`).
 */
export function PagedTable<T extends object>(props: {
  title: string;
  subtitle?: string;
  columns: TableColumn<T>[];
  rows: readonly T[];
  emptyText: string;
  server?: ServerPaging;
  loading?: boolean;
}) {
  const { server } = props;
  // material-table adds its own state to rows, so it gets copies.
  const rows = useMemo(() => props.rows.map(row => ({ ...row })), [props.rows]);
  const columns = useMemo(
    () =>
      server
        ? props.columns.map(column => ({ ...column, customSort: keepOrder }))
        : props.columns,
    // Only whether the backend pages changes what the columns are.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [props.columns, Boolean(server)],
  );
  return (
    <EntityHrefProvider>
      <Table<T>
        title={props.title}
        subtitle={props.subtitle}
        columns={columns}
        data={rows}
        isLoading={props.loading}
        page={server?.page}
        totalCount={server?.total}
        onPageChange={server?.onPageChange}
        onOrderChange={server?.onSortChange}
        options={{
          search: false,
          paging: true,
          pageSize: server?.pageSize ?? PAGE_SIZES[0],
          pageSizeOptions: PAGE_SIZES,
          emptyRowsWhenPaging: false,
          padding: 'dense',
          sorting: true,
          thirdSortClick: false,
          draggable: false,
          tableLayout: 'fixed',
        }}
        emptyContent={
          <Box p={2}>
            <Typography>{props.emptyText}</Typography>
          </Box>
        }
      />
    </EntityHrefProvider>
  );
}
