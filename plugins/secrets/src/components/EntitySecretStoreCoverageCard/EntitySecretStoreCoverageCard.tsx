import {
  Box,
  Grid,
  LinearProgress,
  Typography,
  makeStyles,
} from '@material-ui/core';
import { Link } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  secretsReviewPermission,
  StoreDrift,
  DRIFT_KIND_LABELS,
  DRIFT_KINDS,
} from '@stagecraft/plugin-secrets-common';
import { useDriftTabLink } from '../../hooks/useDriftTabLink';
import { useEntityDrift } from '../../hooks/useEntityDrift';
import { coverageText, formatTime } from '../../lib/storeStatus';
import { countByKind } from '../../lib/driftFindings';
import {
  DriftFindingsList,
  EntityInfoCard,
  Field,
  SimulatedChip,
  StoreStatus,
} from '../shared';

/** The card sits in the narrow info column: a few findings, then the Drift tab. */
const MAX_FINDINGS = 3;

const useStyles = makeStyles(theme => ({
  coverage: {
    fontSize: '1.25rem',
    fontWeight: theme.typography.fontWeightBold as number,
  },
  bar: { height: 8, borderRadius: 4, margin: theme.spacing(1, 0, 2) },
  section: { marginTop: theme.spacing(2) },
}));

const NotReconciled = () => (
  <Typography variant="body2" color="textSecondary">
    This store has not been reconciled with the catalog yet. Stores are read a
    minute after the backend starts, then every 30 minutes.
  </Typography>
);

/** Said to callers without the review permission: the backend leaves shadows out for them. */
const ShadowsNeedReview = () => (
  <Typography variant="body2" color="textSecondary">
    Items the catalog does not name (shadow findings) are shown to secrets
    reviewers only: they need the {secretsReviewPermission.name} permission.
  </Typography>
);

const Findings = (props: { store: StoreDrift; canReview: boolean }) => {
  const { store, canReview } = props;
  const link = useDriftTabLink({ store: store.store });
  const findings = store.findings ?? [];
  if (findings.length === 0) {
    return canReview ? (
      <Typography variant="body2">
        The catalog and the store agree. Nothing to fix.
      </Typography>
    ) : (
      <>
        <Typography variant="body2">
          No findings about the secrets you may read.
        </Typography>
        <ShadowsNeedReview />
      </>
    );
  }
  const counts = countByKind(findings);
  const byKind = DRIFT_KINDS.filter(kind => counts[kind] > 0)
    .map(
      kind =>
        `${counts[kind]} ${DRIFT_KIND_LABELS[kind].toLocaleLowerCase('en-US')}`,
    )
    .join(' · ');
  return (
    <>
      <Typography variant="body2" color="textSecondary" gutterBottom>
        {byKind}
      </Typography>
      <DriftFindingsList findings={findings} showSubject max={MAX_FINDINGS} />
      {!canReview && <ShadowsNeedReview />}
      {canReview && link && (
        <Link to={link}>All {findings.length} findings on the Drift tab</Link>
      )}
    </>
  );
};

const Coverage = (props: { store: StoreDrift; canReview: boolean }) => {
  const classes = useStyles();
  const { store } = props;
  const coverage = coverageText(store);
  const share =
    store.items && store.itemsInCatalog !== undefined
      ? (100 * store.itemsInCatalog) / store.items
      : undefined;
  return (
    <>
      {store.simulated && (
        <Box mb={1}>
          <SimulatedChip />
        </Box>
      )}
      <Typography className={classes.coverage}>
        {coverage ?? 'The store did not say how many items it holds'}
      </Typography>
      {share !== undefined && (
        <LinearProgress
          className={classes.bar}
          variant="determinate"
          value={share}
          aria-label="Share of the store's items in the catalog"
        />
      )}
      <Grid container spacing={2}>
        <Field label="Status" xs={12}>
          <StoreStatus store={store} />
        </Field>
        <Field label="Last checked">{formatTime(store.checkedAt)}</Field>
        <Field label="Provider">{store.provider}</Field>
      </Grid>
      <Box className={classes.section} component="section">
        <Typography variant="h6" component="h3" gutterBottom>
          Findings ({store.findings?.length ?? 0})
        </Typography>
        <Findings store={store} canReview={props.canReview} />
      </Box>
    </>
  );
};

/**
 * For a secret store's page: how many of its items the catalog names, its status when last
 * read, and its drift findings (those about items the catalog does not name only for
 * secrets reviewers: the backend leaves them out for anyone else).
 */
export const EntitySecretStoreCoverageCard = (props: { title?: string }) => {
  const { entity } = useEntity();
  const { value, loading, error } = useEntityDrift(entity);
  const review = usePermission({ permission: secretsReviewPermission });
  return (
    <EntityInfoCard
      title={props.title ?? 'Store coverage'}
      loading={loading || review.loading}
      error={error}
      errorTitle="Could not load this store's coverage"
    >
      {value?.store ? (
        <Coverage store={value.store} canReview={review.allowed} />
      ) : (
        <NotReconciled />
      )}
    </EntityInfoCard>
  );
};
