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
  unknown: {
    borderColor: theme.palette.status.warning,
    color: theme.palette.status.warning,
  },
  unapproved: {
    borderColor: theme.palette.status.error,
    color: theme.palette.status.error,
    fontWeight: theme.typography.fontWeightBold as number,
  },
}));

type StoreApproval = NonNullable<SecretStoreSummary['approval']>;

const APPROVAL_LABELS: Record<StoreApproval, string> = {
  approved: 'approved',
  unsafe: 'unsafe place',
  'not-approved': 'unapproved',
  unknown: 'not known to be approved',
};

function approvalOf(store: SecretStoreSummary): StoreApproval {
  return store.approval ?? (store.approved ? 'approved' : 'not-approved');
}

function approvalTooltip(store: SecretStoreSummary, approval: StoreApproval) {
  const provider = store.provider
    ? `${store.provider}${
        store.providerSource && store.providerSource !== 'annotation'
          ? ` (inferred from the store's ${store.providerSource})`
          : ''
      }`
    : 'unknown';
  switch (approval) {
    case 'approved':
      return `Approved store. Provider: ${provider}`;
    case 'unsafe':
      return 'Secrets must not be kept here (laptops, chat, email, shared drives, spreadsheets)';
    case 'unknown':
      return 'The provider cannot be determined: set stagecraft.io/store-provider';
    default:
      return `Not an approved provider: ${provider}`;
  }
}

/** Whether secrets may be kept in the store: approved, unsafe, unapproved or unknown. */
export const StoreApprovalChip = ({ store }: { store: SecretStoreSummary }) => {
  const classes = useStyles();
  const approval = approvalOf(store);
  const className = {
    approved: classes.approved,
    unknown: classes.unknown,
    unsafe: classes.unapproved,
    'not-approved': classes.unapproved,
  }[approval];
  return (
    <Tooltip title={approvalTooltip(store, approval)}>
      <Chip
        size="small"
        variant="outlined"
        label={APPROVAL_LABELS[approval]}
        className={className}
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
