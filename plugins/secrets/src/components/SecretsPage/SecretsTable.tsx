import { memo, ReactNode, useMemo } from 'react';
import { Typography } from '@material-ui/core';
import { TableColumn } from '@backstage/core-components';
import type {
  ReviewSortKey,
  SecretReviewItem,
} from '@stagecraft/plugin-secrets-common';
import {
  PagedTable,
  ServerPaging,
} from '@stagecraft/catalog-conventions-react';
import {
  ComplianceCell,
  EntityHrefProvider,
  EntityLink,
  RemediationLinkList,
  SecretNameCell,
  StoreCell,
} from '../shared';

/** A review item as a table row. */
type Row = SecretReviewItem & { id: string };

/** A column the backend sorts by `field` (a `ReviewSortKey`). */
type SortedColumn = TableColumn<Row> & { field: ReviewSortKey };

/** A column linking the row's owner or system. */
const entityColumn = (
  title: string,
  field: 'owner' | 'system',
  defaultKind: string,
  missing: ReactNode,
): SortedColumn => ({
  title,
  // Room for a name such as "recommendations-team" to wrap at its hyphen, not mid-word.
  width: '14.5%',
  field,
  render: row => {
    const entityRef = row[field];
    return entityRef ? (
      <EntityLink entityRef={entityRef} defaultKind={defaultKind} />
    ) : (
      missing
    );
  },
});

const columns: SortedColumn[] = [
  {
    title: 'Secret',
    width: '16%',
    field: 'name',
    highlight: true,
    render: row => <SecretNameCell item={row} />,
  },
  {
    title: 'Store',
    width: '14%',
    field: 'store',
    render: row => <StoreCell store={row.store} />,
  },
  entityColumn(
    'Owner',
    'owner',
    'group',
    <Typography variant="body2" color="error">
      No owner
    </Typography>,
  ),
  entityColumn('System', 'system', 'system', '—'),
  {
    title: 'Dependents',
    // Room for the heading and its sort arrow on one line.
    width: '13%',
    field: 'dependents',
    type: 'numeric',
    render: row => row.dependents.length,
  },
  {
    title: 'Remediation',
    width: '13%',
    field: 'remediation',
    render: row => <RemediationLinkList links={row.remediationLinks} />,
  },
  {
    title: 'Compliance',
    field: 'compliance',
    width: '15%',
    render: row => <ComplianceCell compliance={row.compliance} />,
  },
];

/** The column's sort key, as `onSortChange` reports it. */
export const sortKeyOfColumn = (index: number): ReviewSortKey | undefined =>
  columns[index]?.field;

/**
 * One page of review rows as the backend answered it; paging and sorting ask
 * the backend for another page. Memoised: while the user types, the page
 * re-renders with the same rows.
 */
export const SecretsTable = memo(
  (props: {
    items: readonly SecretReviewItem[];
    title: string;
    subtitle?: string;
    paging: ServerPaging;
    loading?: boolean;
  }) => {
    const { items, paging, ...shown } = props;
    const rows = useMemo(
      () => items.map(item => ({ ...item, id: item.entityRef })),
      [items],
    );
    return (
      <EntityHrefProvider>
        <PagedTable<Row>
          {...shown}
          columns={columns}
          rows={rows}
          paging={paging}
          tableLayout="fixed"
          emptyText="No secrets match these filters."
        />
      </EntityHrefProvider>
    );
  },
);
