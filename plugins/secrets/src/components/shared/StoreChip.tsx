import { Chip, Tooltip, Typography, makeStyles } from '@material-ui/core';
import { EntityLink } from './EntityLink';
import type { SecretStoreSummary } from '@stagecraft/plugin-secrets-common';

const useStyles = makeStyles(theme => ({
  approved: {
    borderColor: theme.palette.status.ok,
    color: theme.palette.status.ok,
  },
  cell: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5),
  },
  unapproved: {
    borderColor: theme.palette.status.error,
    color: theme.palette.status.error,
    fontWeight: theme.typography.fontWeightBold as number,
  },
}));

/** Whether the store's provider is an approved one, with the provider on hover. */
export const StoreApprovalChip = ({ store }: { store: SecretStoreSummary }) => {
  const classes = useStyles();
  const provider = store.provider ?? 'no stagecraft.io/store-provider';
  return (
    <Tooltip
      title={
        store.approved
          ? `Approved provider: ${provider}`
          : `Not an approved provider: ${provider}`
      }
    >
      <Chip
        size="small"
        variant="outlined"
        label={store.approved ? 'approved' : 'unapproved'}
        className={store.approved ? classes.approved : classes.unapproved}
      />
    </Tooltip>
  );
};

/** The store a secret is kept in, linked, with its approval; or "No store". */
export const StoreCell = ({ store }: { store?: SecretStoreSummary }) => {
  const classes = useStyles();
  if (!store) {
    return (
      <Typography variant="body2" color="error">
        No store
      </Typography>
    );
  }
  return (
    <div className={classes.cell}>
      <EntityLink entityRef={store.entityRef}>
        {store.title ?? store.name}
      </EntityLink>
      <StoreApprovalChip store={store} />
    </div>
  );
};
