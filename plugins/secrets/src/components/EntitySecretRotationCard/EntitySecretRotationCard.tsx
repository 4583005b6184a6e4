import { Box, Grid, Typography, makeStyles } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { useEntity } from '@backstage/plugin-catalog-react';
import type { EntityDriftResponse } from '@stagecraft/plugin-secrets-common';
import { useEntityDrift } from '../../hooks/useEntityDrift';
import { formatTime, isPast, relativeDays } from '../../lib/storeStatus';
import {
  DriftFindingsList,
  EntityInfoCard,
  EntityLink,
  Field,
  SimulatedChip,
} from '../shared';

type SecretDrift = NonNullable<EntityDriftResponse['secret']>;

/** An expiry this close is shown as a warning. */
const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

const useStyles = makeStyles(theme => ({
  overdue: {
    color: theme.palette.status.error,
    fontWeight: theme.typography.fontWeightBold as number,
  },
  soon: { color: theme.palette.status.warning },
  section: { marginTop: theme.spacing(2) },
}));

/** A date with how far away it is: "5/1/2025, 10:00:00 AM (12 days ago)". */
const When = (props: { iso?: string; className?: string }) =>
  props.iso ? (
    <span className={props.className}>
      {formatTime(props.iso)} ({relativeDays(props.iso)})
    </span>
  ) : null;

const NextDue = ({ iso }: { iso?: string }) => {
  const classes = useStyles();
  if (!iso) {
    return null;
  }
  return isPast(iso) ? (
    <span className={classes.overdue}>
      Overdue since {formatTime(iso)} ({relativeDays(iso)})
    </span>
  ) : (
    <When iso={iso} />
  );
};

const Expiry = ({ iso }: { iso?: string }) => {
  const classes = useStyles();
  if (!iso) {
    return null;
  }
  const ms = new Date(iso).getTime() - Date.now();
  if (ms < 0) {
    return (
      <span className={classes.overdue}>
        Expired {formatTime(iso)} ({relativeDays(iso)})
      </span>
    );
  }
  return (
    <When
      iso={iso}
      className={ms < EXPIRY_WARNING_DAYS * DAY_MS ? classes.soon : undefined}
    />
  );
};

function enabledText(enabled?: boolean) {
  if (enabled === undefined) return undefined;
  return enabled ? 'Yes' : 'No';
}

const Rotation = ({ drift }: { drift: SecretDrift }) => {
  const classes = useStyles();
  const { rotation } = drift;
  const storeLink = (
    <EntityLink entityRef={drift.store} defaultKind="resource" />
  );
  return (
    <>
      {drift.simulated && (
        <Box mb={1}>
          <SimulatedChip />
        </Box>
      )}
      {drift.status === 'unknown' && (
        <Box mb={1}>
          <Alert severity="warning">
            Store unknown
            {drift.lastGoodAt
              ? `, last good at ${formatTime(drift.lastGoodAt)}`
              : ', never read'}
            : {storeLink} could not be read, so this is what it said then.
          </Alert>
        </Box>
      )}
      {!rotation && (
        <Box mb={1}>
          <Alert severity="error">
            Not in its store: {storeLink} does not hold this secret (checked{' '}
            {formatTime(drift.checkedAt)}).
          </Alert>
        </Box>
      )}
      {rotation && (
        <Grid container spacing={2}>
          <Field label="Last rotated">
            {rotation.lastRotatedAt ? (
              <When iso={rotation.lastRotatedAt} />
            ) : (
              rotation.lastChangedAt && (
                <>
                  Never rotated; last changed{' '}
                  <When iso={rotation.lastChangedAt} />
                </>
              )
            )}
          </Field>
          <Field label="Next due">
            {rotation.nextDueAt && <NextDue iso={rotation.nextDueAt} />}
          </Field>
          <Field label="Rotation enabled">
            {enabledText(rotation.rotationEnabled)}
          </Field>
          <Field label="Rotation period">
            {rotation.rotationPeriodDays !== undefined &&
              `${rotation.rotationPeriodDays} days`}
          </Field>
          <Field label="Expires">
            {rotation.expiresAt && <Expiry iso={rotation.expiresAt} />}
          </Field>
          <Field label="Last accessed">
            {rotation.lastAccessedAt && <When iso={rotation.lastAccessedAt} />}
          </Field>
          <Field label="In the store as" xs={12}>
            {storeLink} · <code>{rotation.item}</code>
          </Field>
          <Field label="Checked">{formatTime(drift.checkedAt)}</Field>
        </Grid>
      )}
      {drift.findings.length > 0 && (
        <Box className={classes.section} component="section">
          <Typography variant="h6" component="h3" gutterBottom>
            Drift ({drift.findings.length})
          </Typography>
          <DriftFindingsList findings={drift.findings} />
        </Box>
      )}
    </>
  );
};

/**
 * For a secret's page, beside its overview: what its store reports of it - last rotated,
 * next due (overdue in red), rotation enabled, expiry - and the drift findings about it.
 */
export const EntitySecretRotationCard = (props: { title?: string }) => {
  const { entity } = useEntity();
  const { value, loading, error } = useEntityDrift(entity);
  return (
    <EntityInfoCard
      title={props.title ?? 'Rotation'}
      loading={loading}
      error={error}
      errorTitle="Could not load what the store reports of this secret"
    >
      {value?.secret ? (
        <Rotation drift={value.secret} />
      ) : (
        <Typography variant="body2" color="textSecondary">
          Its store has not been reconciled with the catalog yet, or this secret
          names no store.
        </Typography>
      )}
    </EntityInfoCard>
  );
};
