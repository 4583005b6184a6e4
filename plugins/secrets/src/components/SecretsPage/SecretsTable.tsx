import { memo, ReactNode, useMemo } from 'react';
import { Box, Typography } from '@material-ui/core';
import { Table, TableColumn } from '@backstage/core-components';
import type { SecretReviewItem } from '@stagecraft/plugin-secrets-common';
import { complianceStatus } from '../../lib/complianceStatus';
import { shortRef } from '../../lib/refs';
import {
  ComplianceCell,
  EntityHrefProvider,
  EntityLink,
  RemediationLinkList,
  SecretNameCell,
  StoreCell,
} from '../shared';

/** A review item as a table row; material-table adds its own state to rows, so they are copies. */
type Row = SecretReviewItem & { id: string };

const text = (value: string | undefined) => value ?? '';
const compareText = (a: string, b: string) =>
  a.localeCompare(b, undefined, { sensitivity: 'base' });

const STATUS_ORDER = { 'non-compliant': 0, warnings: 1, compliant: 2 };

const errorCount = (row: Row) =>
  row.compliance.findings.filter(f => f.severity === 'error').length;

/** A column linking the row's owner or system, sorted by its short name. */
const entityColumn = (
  title: string,
  field: 'owner' | 'system',
  defaultKind: string,
  missing: ReactNode,
): TableColumn<Row> => ({
  title,
  width: '12%',
  field,
  customSort: (a, b) =>
    compareText(shortRef(text(a[field])), shortRef(text(b[field]))),
  render: row => {
    const entityRef = row[field];
    return entityRef ? (
      <EntityLink entityRef={entityRef} defaultKind={defaultKind} />
    ) : (
      missing
    );
  },
});

const columns: TableColumn<Row>[] = [
  {
    title: 'Secret',
    width: '16%',
    field: 'name',
    highlight: true,
    customSort: (a, b) => compareText(a.title ?? a.name, b.title ?? b.name),
    render: row => <SecretNameCell item={row} />,
  },
  {
    title: 'Store',
    width: '14%',
    field: 'store.name',
    customSort: (a, b) =>
      compareText(
        text(a.store?.title ?? a.store?.name),
        text(b.store?.title ?? b.store?.name),
      ),
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
    width: '11%',
    field: 'dependents.length',
    type: 'numeric',
    customSort: (a, b) => a.dependents.length - b.dependents.length,
    render: row => row.dependents.length,
  },
  {
    title: 'Remediation',
    width: '13%',
    field: 'remediationLinks.length',
    sorting: true,
    customSort: (a, b) => a.remediationLinks.length - b.remediationLinks.length,
    render: row => <RemediationLinkList links={row.remediationLinks} />,
  },
  {
    title: 'Compliance',
    field: 'compliance.compliant',
    width: '22%',
    customSort: (a, b) =>
      STATUS_ORDER[complianceStatus(a.compliance)] -
        STATUS_ORDER[complianceStatus(b.compliance)] ||
      errorCount(b) - errorCount(a),
    render: row => <ComplianceCell compliance={row.compliance} />,
  },
];

/**
 * The review rows, paginated so that thousands of secrets stay fast. Memoised:
 * while the user types, the page re-renders with the same rows.
 */
export const SecretsTable = memo(
  (props: {
    items: readonly SecretReviewItem[];
    title: string;
    subtitle?: string;
  }) => {
    const rows = useMemo(
      () => props.items.map(item => ({ ...item, id: item.entityRef })),
      [props.items],
    );
    return (
      <EntityHrefProvider>
        <Table<Row>
          title={props.title}
          subtitle={props.subtitle}
          columns={columns}
          data={rows}
          options={{
            search: false,
            paging: true,
            pageSize: 25,
            pageSizeOptions: [25, 50, 100],
            emptyRowsWhenPaging: false,
            padding: 'dense',
            sorting: true,
            thirdSortClick: false,
            draggable: false,
            tableLayout: 'fixed',
          }}
          emptyContent={
            <Box p={2}>
              <Typography>No secrets match these filters.</Typography>
            </Box>
          }
        />
      </EntityHrefProvider>
    );
  },
);
