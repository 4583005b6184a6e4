import { memo } from 'react';
import {
  Box,
  Card,
  CardActionArea,
  Grid,
  Typography,
  makeStyles,
} from '@material-ui/core';
import {
  NO_STORE_KEY,
  type ReviewStatusFilter,
  type SecretsSummary,
  type SecretStoreSummary,
} from '@stagecraft/plugin-secrets-common';
import { storeLabel } from '../../lib/filterOptions';
import { CountTiles, StoreApprovalChip } from '../shared';

const useStyles = makeStyles(theme => ({
  selected: { outline: `2px solid ${theme.palette.primary.main}` },
  error: { color: theme.palette.status.error },
  stores: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(440px, 1fr))',
    columnGap: theme.spacing(3),
  },
  storeCounts: { flexShrink: 0 },
  storeName: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
  storeRow: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'flex-start',
    gap: theme.spacing(2),
    padding: theme.spacing(0.5, 1),
  },
}));

/** How many stores the per-store counts list. */
const MAX_STORE_ROWS = 12;

/** The tiles that filter the table to one problem; a second click clears the filter. */
const STATUS_TILES: Array<{
  status: ReviewStatusFilter;
  label: string;
  count: 'nonCompliant' | 'orphaned' | 'noRemediationDocs';
  tone: 'error' | 'warning';
}> = [
  {
    status: 'non-compliant',
    label: 'Non-compliant',
    count: 'nonCompliant',
    tone: 'error',
  },
  { status: 'orphaned', label: 'Orphaned', count: 'orphaned', tone: 'warning' },
  {
    status: 'no-remediation-docs',
    label: 'No remediation docs',
    count: 'noRemediationDocs',
    tone: 'error',
  },
];

/**
 * The counts at the top of the review, for the rows the filters show. A tile
 * selects its status filter; a store row selects that store.
 */
export const SummaryTiles = memo(
  (props: {
    summary: SecretsSummary;
    storesByRef: Map<string, SecretStoreSummary>;
    status?: ReviewStatusFilter;
    store?: string;
    onStatusChange: (status?: ReviewStatusFilter) => void;
    onStoreChange: (store?: string) => void;
  }) => {
    const classes = useStyles();
    const { summary, storesByRef, status, store } = props;
    const toggle = (value: ReviewStatusFilter) =>
      props.onStatusChange(status === value ? undefined : value);
    const allStores = Object.entries(summary.byStore).sort(
      ([, a], [, b]) => b.total - a.total,
    );
    // The stores with most secrets, and the selected one; the Store filter lists them all.
    const stores = allStores.filter(
      ([ref], i) => i < MAX_STORE_ROWS || ref === store,
    );

    return (
      <Grid container spacing={2}>
        <Grid item xs={12}>
          <CountTiles
            label="Secrets summary"
            width={3}
            tiles={[
              {
                id: 'all',
                label: 'Secrets',
                value: summary.total,
                selected: !status,
                onClick: () => props.onStatusChange(undefined),
              },
              ...STATUS_TILES.map(tile => ({
                id: tile.status,
                label: tile.label,
                value: summary[tile.count],
                tone: tile.tone,
                selected: status === tile.status,
                onClick: () => toggle(tile.status),
              })),
            ]}
          />
        </Grid>
        <Grid item xs={12}>
          <Card aria-label="Secrets per store">
            <Box p={1}>
              <Typography variant="subtitle2" component="h2">
                Per store
              </Typography>
              {stores.length === 0 && (
                <Typography variant="body2" color="textSecondary">
                  No secrets match.
                </Typography>
              )}
              <div className={classes.stores}>
                {stores.map(([ref, counts]) => {
                  const storeSummary = storesByRef.get(ref);
                  const label =
                    ref === NO_STORE_KEY
                      ? 'No store'
                      : storeLabel(storeSummary, ref);
                  return (
                    <CardActionArea
                      key={ref}
                      className={`${classes.storeRow} ${
                        store === ref ? classes.selected : ''
                      }`}
                      aria-pressed={store === ref}
                      onClick={() =>
                        props.onStoreChange(store === ref ? undefined : ref)
                      }
                    >
                      <span className={classes.storeName}>
                        <Typography variant="body2">{label}</Typography>
                        {storeSummary && (
                          <StoreApprovalChip store={storeSummary} />
                        )}
                      </span>
                      <Typography
                        variant="body2"
                        className={classes.storeCounts}
                      >
                        {counts.total}
                        {counts.nonCompliant > 0 && (
                          <span className={classes.error}>
                            {' '}
                            · {counts.nonCompliant} non-compliant
                          </span>
                        )}
                      </Typography>
                    </CardActionArea>
                  );
                })}
              </div>
              {allStores.length > stores.length && (
                <Typography variant="body2" color="textSecondary">
                  and {allStores.length - stores.length} more stores: pick one
                  in the Store filter.
                </Typography>
              )}
            </Box>
          </Card>
        </Grid>
      </Grid>
    );
  },
);
