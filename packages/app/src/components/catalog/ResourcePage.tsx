import { Grid } from '@material-ui/core';
import {
  EntityAboutCard,
  EntityDependencyOfComponentsCard,
  EntityDependsOnResourcesCard,
  EntityLayout,
  EntitySwitch,
} from '@backstage/plugin-catalog';
import { EntityCatalogGraphCard } from '@backstage/plugin-catalog-graph';
import {
  EntitySecretOverviewCard,
  EntitySecretStoreSecretsCard,
  isSecret,
  isSecretStore,
} from '@stagecraft/plugin-secrets';
import {
  EntityStageMetricsContent,
  hasLiveMetrics,
} from '@stagecraft/plugin-pipelines';
import {
  EntityOnCallCard,
  EntityReadinessCard,
  hasReadinessChecks,
} from '@stagecraft/plugin-readiness';
import {
  aboutGraphAndLinks,
  blastRadiusRoute,
  entityWarningContent,
  graphRelationPairs,
  graphRelations,
  secretsUsedContent,
} from './shared';

/** A secret: remediation, compliance and on-call first; its dependents are in the card. */
const secretOverview = (
  <Grid container spacing={3} alignItems="flex-start">
    {entityWarningContent}
    <Grid item md={6} xs={12}>
      <EntitySecretOverviewCard />
    </Grid>
    <Grid item container spacing={3} md={6} xs={12}>
      <Grid item xs={12}>
        <EntityAboutCard />
      </Grid>
      <Grid item xs={12}>
        <EntityCatalogGraphCard
          height={400}
          relations={graphRelations}
          relationPairs={graphRelationPairs}
        />
      </Grid>
    </Grid>
  </Grid>
);

const secretStoreOverview = (
  <Grid container spacing={3} alignItems="stretch">
    {entityWarningContent}
    {aboutGraphAndLinks}
    <Grid item xs={12}>
      <EntitySecretStoreSecretsCard />
    </Grid>
  </Grid>
);

/** Streams, queues, buckets, tables, databases, secrets and secret stores. */
export const resourcePage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      <EntitySwitch>
        <EntitySwitch.Case if={isSecret}>{secretOverview}</EntitySwitch.Case>
        <EntitySwitch.Case if={isSecretStore}>
          {secretStoreOverview}
        </EntitySwitch.Case>
        <EntitySwitch.Case>
          <Grid container spacing={3} alignItems="stretch">
            {entityWarningContent}
            {aboutGraphAndLinks}
            <EntitySwitch>
              <EntitySwitch.Case if={hasReadinessChecks}>
                <Grid item md={4} xs={12}>
                  <EntityOnCallCard />
                </Grid>
                <Grid item md={4} xs={12}>
                  <EntityReadinessCard />
                </Grid>
              </EntitySwitch.Case>
            </EntitySwitch>
            <Grid item md={8} xs={12}>
              <EntityDependencyOfComponentsCard title="Used by" />
            </Grid>
            <Grid item md={6} xs={12}>
              <EntityDependsOnResourcesCard />
            </Grid>
            {secretsUsedContent}
          </Grid>
        </EntitySwitch.Case>
      </EntitySwitch>
    </EntityLayout.Route>
    <EntityLayout.Route path="/metrics" title="Metrics" if={hasLiveMetrics}>
      <EntityStageMetricsContent />
    </EntityLayout.Route>
    {blastRadiusRoute}
  </EntityLayout>
);
