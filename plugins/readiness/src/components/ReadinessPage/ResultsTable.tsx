import { TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type {
  EntityReadiness,
  ResultSortKey,
} from '@stagecraft/plugin-readiness-common';
import { safeHttpUrl } from '@stagecraft/catalog-conventions-common';
import {
  PagedTable,
  SafeLink,
  ServerPaging,
} from '@stagecraft/catalog-conventions-react';
import {
  CheckStatusIcon,
  ExemptionChip,
  ReasonText,
  StatusChip,
} from '../shared';

const useStyles = makeStyles(theme => ({
  problems: { margin: 0, padding: 0, listStyle: 'none' },
  problem: {
    display: 'flex',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(0.5),
  },
  // A reason the backend writes in lines (capacity: one resource a line) shows them.
  reason: { whiteSpace: 'pre-line' },
}));

function ToFix({ result }: { result: EntityReadiness }) {
  const classes = useStyles();
  const problems = result.checks.filter(
    check => check.status !== 'pass' && check.status !== 'exempt',
  );
  const exempt = result.checks.filter(check => check.exemption);
  if (result.error) {
    return <Typography variant="body2">{result.error}</Typography>;
  }
  if (problems.length === 0 && exempt.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        Nothing
      </Typography>
    );
  }
  return (
    <ul className={classes.problems}>
      {problems.map(check => (
        <li key={check.checkId} className={classes.problem}>
          <CheckStatusIcon check={check} />
          <Typography variant="body2" className={classes.reason}>
            <strong>{check.title}:</strong> <ReasonText text={check.reason} />{' '}
            {safeHttpUrl(check.fixUrl) && (
              <SafeLink url={check.fixUrl}>How to fix</SafeLink>
            )}
          </Typography>
        </li>
      ))}
      {exempt.map(check => (
        <li key={check.checkId} className={classes.problem}>
          <CheckStatusIcon check={check} />
          <Typography variant="body2" component="div">
            <strong>{check.title}:</strong>{' '}
            <ExemptionChip exemption={check.exemption!} />
          </Typography>
        </li>
      ))}
    </ul>
  );
}

/** A column the backend sorts by `field`; `sorting: false` for one it cannot. */
type ResultColumn = TableColumn<EntityReadiness> & {
  field?: ResultSortKey;
};

const columns: ResultColumn[] = [
  {
    title: 'Entity',
    field: 'entityRef',
    width: '16%',
    render: row => <EntityRefLink entityRef={row.entityRef} />,
  },
  { title: 'Type', field: 'type', width: '10%' },
  {
    title: 'Owner',
    field: 'owner',
    width: '18%',
    render: row => (row.owner ? <EntityRefLink entityRef={row.owner} /> : null),
  },
  { title: 'Score', field: 'score', type: 'numeric', width: '6%' },
  {
    title: 'Status',
    field: 'status',
    width: '10%',
    render: row => (
      <>
        <StatusChip status={row.status} />
        {row.exempted ? (
          <Typography variant="caption" display="block">
            {row.exempted} exempt
          </Typography>
        ) : null}
      </>
    ),
  },
  {
    title: 'To fix',
    sorting: false,
    render: row => <ToFix result={row} />,
  },
];

/** The column's sort key, as `onSortChange` reports it; undefined when the sort is cleared. */
export const sortKeyOfColumn = (index: number): ResultSortKey | undefined =>
  columns[index]?.field;

/** One page of results as the backend answered it; paging and sorting ask it for another. */
export function ResultsTable(props: {
  results: EntityReadiness[];
  loading: boolean;
  paging: ServerPaging;
}) {
  return (
    <PagedTable<EntityReadiness>
      title={`Entities (${props.paging.total})`}
      loading={props.loading}
      columns={columns}
      rows={props.results}
      paging={props.paging}
      emptyText="No entity matches these filters."
    />
  );
}
