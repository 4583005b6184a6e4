import { ReactNode } from 'react';
import {
  Box,
  Divider,
  Grid,
  List,
  ListItem,
  Typography,
  makeStyles,
} from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import type { SecretReviewItem } from '@stagecraft/plugin-secrets-common';
import { useSecretsApiFor } from '../../hooks/useSecretsApiFor';
import {
  ComplianceChip,
  Field,
  FindingsWithFixes,
  RemediationButtons,
  StoreCell,
} from '../shared';
import { OwnerOnCall } from './OwnerOnCall';

const useStyles = makeStyles(theme => ({
  section: { marginTop: theme.spacing(2) },
}));

const Section = (props: { title: ReactNode; children: ReactNode }) => {
  const classes = useStyles();
  return (
    <Box className={classes.section} component="section">
      <Typography variant="h6" component="h3" gutterBottom>
        {props.title}
      </Typography>
      {props.children}
    </Box>
  );
};

const SecretOverview = ({ secret }: { secret: SecretReviewItem }) => {
  const classes = useStyles();
  return (
    <>
      <Section title="Remediation">
        {secret.remediationLinks.length > 0 ? (
          <RemediationButtons links={secret.remediationLinks} />
        ) : (
          <Alert severity="error">
            No rotation guide or incident-response doc. Whoever finds this
            secret leaked has nothing to follow: add a metadata.links entry of
            type rotation-guide or incident-response.
          </Alert>
        )}
      </Section>
      <Section title="About">
        <Grid container spacing={2}>
          <Field label="Store" xs={12}>
            <StoreCell store={secret.store} />
          </Field>
          <Field label="Owner">
            {secret.owner && (
              <EntityRefLink entityRef={secret.owner} defaultKind="group" />
            )}
          </Field>
          <Field label="System">
            {secret.system && (
              <EntityRefLink entityRef={secret.system} defaultKind="system" />
            )}
          </Field>
          <Field label="Lifecycle">{secret.lifecycle}</Field>
          <Field label="Kind">{secret.secretKind}</Field>
          <Field label="Path in store">
            {secret.secretPath && <code>{secret.secretPath}</code>}
          </Field>
          <Field label="Rotation period">{secret.rotationPeriod}</Field>
        </Grid>
      </Section>
      <Section title="Owner on call">
        <OwnerOnCall ownerRef={secret.owner} />
      </Section>
      <Divider className={classes.section} />
      <Section
        title={
          <Box display="flex" alignItems="center" gridGap={8}>
            Compliance <ComplianceChip compliance={secret.compliance} />
          </Box>
        }
      >
        <FindingsWithFixes compliance={secret.compliance} />
      </Section>
      <Section title={`Dependents (${secret.dependents.length})`}>
        {secret.dependents.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            Nothing in the catalog depends on this secret.
          </Typography>
        ) : (
          <List dense disablePadding>
            {secret.dependents.map(ref => (
              <ListItem key={ref} disableGutters>
                <EntityRefLink entityRef={ref} />
              </ListItem>
            ))}
          </List>
        )}
      </Section>
    </>
  );
};

/** For a secret's page: remediation first, then about, on-call, compliance and dependents. */
export const EntitySecretOverviewCard = (props: { title?: string }) => {
  const { entity } = useEntity();
  const { value, loading, error } = useSecretsApiFor(entity, (api, ref) =>
    api.getSecret(ref),
  );
  return (
    <InfoCard title={props.title ?? 'Secret'} variant="gridItem">
      {loading && <Progress />}
      {error && (
        <ResponseErrorPanel
          error={error}
          title="Could not load this secret's review"
        />
      )}
      {value && <SecretOverview secret={value} />}
    </InfoCard>
  );
};
