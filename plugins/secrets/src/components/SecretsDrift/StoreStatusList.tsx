import { Card, Typography, makeStyles } from '@material-ui/core';
import type { StoreDrift } from '@stagecraft/plugin-secrets-common';
import { coverageText, formatTime } from '../../lib/storeStatus';
import { EntityLink, SimulatedChip, StoreStatus } from '../shared';

const useStyles = makeStyles(theme => ({
  card: { padding: theme.spacing(1, 2) },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    // Fixed columns: a long problem wraps in its cell instead of squeezing the others.
    tableLayout: 'fixed',
    overflowWrap: 'anywhere',
    '& th, & td': {
      textAlign: 'left',
      verticalAlign: 'top',
      padding: theme.spacing(0.75, 1),
      borderBottom: `1px solid ${theme.palette.divider}`,
    },
    '& th': {
      ...theme.typography.caption,
      color: theme.palette.text.secondary,
      fontWeight: theme.typography.fontWeightBold as number,
      textTransform: 'uppercase',
    },
    '& tr:last-child td': { borderBottom: 'none' },
  },
  store: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
}));

/** Each store's status, coverage and when it was checked. */
export const StoreStatusList = (props: { stores: readonly StoreDrift[] }) => {
  const classes = useStyles();
  return (
    <Card className={classes.card}>
      <Typography variant="subtitle2" component="h2">
        Stores
      </Typography>
      <table className={classes.table} aria-label="Store status">
        <thead>
          <tr>
            <th style={{ width: '38%' }}>Store</th>
            <th style={{ width: '22%' }}>Status</th>
            <th style={{ width: '16%' }}>Coverage</th>
            <th style={{ width: '10%' }}>Findings</th>
            <th style={{ width: '14%' }}>Checked</th>
          </tr>
        </thead>
        <tbody>
          {props.stores.map(store => (
            <tr key={store.store}>
              <td>
                <span className={classes.store}>
                  <EntityLink entityRef={store.store} defaultKind="resource">
                    {store.title}
                  </EntityLink>
                  <Typography variant="caption" color="textSecondary">
                    {store.provider}
                  </Typography>
                  {store.simulated && <SimulatedChip />}
                </span>
              </td>
              <td>
                <StoreStatus store={store} />
              </td>
              <td>
                <Typography variant="body2">
                  {coverageText(store) ?? '—'}
                </Typography>
              </td>
              <td>
                <Typography variant="body2">
                  {store.findings.length}
                  {store.status === 'unknown' &&
                    store.findings.length > 0 &&
                    ' (from the last good read)'}
                </Typography>
              </td>
              <td>
                <Typography variant="body2">
                  {formatTime(store.checkedAt)}
                </Typography>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
};
