import { memo } from 'react';
import { Typography, makeStyles } from '@material-ui/core';
import { TableColumn } from '@backstage/core-components';
import { DRIFT_KIND_LABELS } from '@stagecraft/plugin-secrets-common';
import { DriftRow } from '../../lib/driftFindings';
import { bySeverity } from '../../lib/severity';
import { PagedTable } from '@stagecraft/catalog-conventions-react';
import { EntityHrefProvider, EntityLink, SeverityIcon } from '../shared';
import { DRIFT_KIND_COLORS } from './driftKindColors';

const useStyles = makeStyles(theme => ({
  kind: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.75),
  },
  swatch: { width: 10, height: 10, borderRadius: 2, flexShrink: 0 },
  severity: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    '& svg': { fontSize: 18 },
  },
  wrap: { overflowWrap: 'anywhere' },
}));

const KindCell = ({ row }: { row: DriftRow }) => {
  const classes = useStyles();
  return (
    <span className={classes.kind}>
      <span
        className={classes.swatch}
        style={{ backgroundColor: DRIFT_KIND_COLORS[row.kind] }}
      />
      <Typography variant="body2">{DRIFT_KIND_LABELS[row.kind]}</Typography>
    </span>
  );
};

const SeverityCell = ({ row }: { row: DriftRow }) => {
  const classes = useStyles();
  return (
    <span className={classes.severity}>
      <SeverityIcon severity={row.severity} />
      <Typography variant="body2">{row.severity}</Typography>
    </span>
  );
};

const StoreCell = ({ row }: { row: DriftRow }) => (
  <div>
    <EntityLink entityRef={row.store} defaultKind="resource">
      {row.storeDrift.title}
    </EntityLink>
    {row.storeDrift.status === 'unknown' && (
      <Typography variant="caption" color="textSecondary" display="block">
        unknown now; from the last good read
      </Typography>
    )}
  </div>
);

/** The catalog secret, linked, with the item's name in the store under it; or the item alone. */
const SubjectCell = ({ row }: { row: DriftRow }) => {
  const classes = useStyles();
  return (
    <div className={classes.wrap}>
      {row.secret && (
        <EntityLink entityRef={row.secret} defaultKind="resource" />
      )}
      {row.item && (
        <Typography variant="caption" display="block" component="code">
          {row.item}
        </Typography>
      )}
    </div>
  );
};

const columns: TableColumn<DriftRow>[] = [
  {
    title: 'Kind',
    field: 'kind',
    width: '14%',
    render: row => <KindCell row={row} />,
  },
  {
    title: 'Severity',
    field: 'severity',
    width: '10%',
    customSort: bySeverity,
    render: row => <SeverityCell row={row} />,
  },
  {
    title: 'Store',
    field: 'store',
    width: '14%',
    render: row => <StoreCell row={row} />,
  },
  {
    title: 'Secret or item',
    field: 'item',
    width: '18%',
    customSort: (a, b) =>
      (a.secret ?? a.item ?? '').localeCompare(b.secret ?? b.item ?? ''),
    render: row => <SubjectCell row={row} />,
  },
  {
    title: 'Evidence',
    field: 'evidence',
    width: '24%',
    render: row => <Typography variant="body2">{row.evidence}</Typography>,
  },
  {
    title: 'Fix',
    field: 'fix',
    width: '20%',
    render: row => (
      <Typography variant="body2" color="textSecondary">
        {row.fix}
      </Typography>
    ),
  },
];

/** One row per drift finding, paginated. */
export const DriftTable = memo(
  (props: { rows: DriftRow[]; title: string; subtitle?: string }) => (
    <EntityHrefProvider>
      <PagedTable<DriftRow>
        {...props}
        columns={columns}
        tableLayout="fixed"
        emptyText="No drift findings match these filters."
      />
    </EntityHrefProvider>
  ),
);
