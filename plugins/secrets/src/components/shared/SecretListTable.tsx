import { Table, TableColumn } from '@backstage/core-components';
import { EntityHrefProvider, EntityLink } from './EntityLink';
import type { SecretReviewItem } from '@stagecraft/plugin-secrets-common';
import { complianceStatus } from '../../lib/complianceStatus';
import { ComplianceCell, SecretNameCell } from './cells';
import { StoreCell } from './StoreChip';

type Row = SecretReviewItem & { id: string };

const STATUS_ORDER = { 'non-compliant': 0, warnings: 1, compliant: 2 };

const secretColumn: TableColumn<Row> = {
  title: 'Secret',
  field: 'name',
  render: row => <SecretNameCell item={row} />,
};

const ownerColumn: TableColumn<Row> = {
  title: 'Owner',
  field: 'owner',
  render: row =>
    row.owner ? <EntityLink entityRef={row.owner} defaultKind="group" /> : '—',
};

const storeColumn: TableColumn<Row> = {
  title: 'Store',
  field: 'store.name',
  render: row => <StoreCell store={row.store} />,
};

const complianceColumn: TableColumn<Row> = {
  title: 'Compliance',
  field: 'compliance.compliant',
  defaultSort: 'asc',
  customSort: (a, b) =>
    STATUS_ORDER[complianceStatus(a.compliance)] -
    STATUS_ORDER[complianceStatus(b.compliance)],
  render: row => <ComplianceCell compliance={row.compliance} max={2} />,
};

/** The secrets of a store or of a dependent entity, least compliant first. */
export const SecretListTable = (props: {
  title: string;
  items: readonly SecretReviewItem[];
  /** `owner` on a store page, `store` on a dependent's page. */
  secondColumn: 'owner' | 'store';
}) => {
  const { items } = props;
  const nonCompliant = items.filter(i => !i.compliance.compliant).length;
  return (
    <EntityHrefProvider>
      <Table<Row>
        title={props.title}
        subtitle={`${items.length} secret${items.length === 1 ? '' : 's'}${
          nonCompliant ? ` · ${nonCompliant} non-compliant` : ''
        }`}
        columns={[
          secretColumn,
          props.secondColumn === 'owner' ? ownerColumn : storeColumn,
          complianceColumn,
        ]}
        data={items.map(item => ({ ...item, id: item.entityRef }))}
        options={{
          search: items.length > 10,
          paging: items.length > 10,
          pageSize: 10,
          padding: 'dense',
          emptyRowsWhenPaging: false,
          draggable: false,
        }}
      />
    </EntityHrefProvider>
  );
};
