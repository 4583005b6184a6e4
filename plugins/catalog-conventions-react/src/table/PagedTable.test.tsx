import { TableColumn } from '@backstage/core-components';
import { renderInTestApp } from '@backstage/test-utils';
import { fireEvent, screen, within } from '@testing-library/react';
import { PagedTable, ServerPaging } from './PagedTable';

type Row = { name: string; score: number };

const columns: TableColumn<Row>[] = [
  { title: 'Name', field: 'name' },
  { title: 'Score', field: 'score', type: 'numeric' },
];

/** The first cell of each row of data (not the header, not the pagination). */
const names = () =>
  screen
    .getAllByRole('row')
    .map(row => within(row).queryAllByRole('cell'))
    .filter(cells => cells.length === columns.length)
    .map(cells => cells[0].textContent);

describe('PagedTable', () => {
  it('pages and sorts the rows itself without paging', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      name: `entity-${String(i).padStart(2, '0')}`,
      score: 30 - i,
    }));
    await renderInTestApp(
      <PagedTable<Row>
        title="Entities"
        columns={columns}
        rows={rows}
        emptyText="None"
      />,
    );
    expect(names()).toHaveLength(25);
    expect(names()[0]).toBe('entity-00');

    fireEvent.click(screen.getByText('Score'));
    expect(names()[0]).toBe('entity-29');
  });

  it('keeps the order the backend answered and tells it the sort asked for', async () => {
    const onSortChange = jest.fn();
    const paging: ServerPaging = {
      total: 120,
      page: 1,
      pageSize: 25,
      onPageChange: jest.fn(),
      onSortChange,
    };
    await renderInTestApp(
      <PagedTable<Row>
        title="Entities"
        columns={columns}
        rows={[
          { name: 'b', score: 1 },
          { name: 'a', score: 2 },
        ]}
        emptyText="None"
        paging={paging}
      />,
    );
    fireEvent.click(screen.getByText('Name'));
    expect(onSortChange).toHaveBeenCalledWith(0, 'asc');
    expect(names()).toEqual(['b', 'a']);
    expect(screen.getAllByText('26-50 of 120').length).toBeGreaterThan(0);
  });

  it('says when no row matches', async () => {
    await renderInTestApp(
      <PagedTable<Row>
        title="Entities"
        columns={columns}
        rows={[]}
        emptyText="No entity matches these filters."
      />,
    );
    expect(
      screen.getByText('No entity matches these filters.'),
    ).toBeInTheDocument();
  });
});
