import { Grid } from '@material-ui/core';
import {
  EntityDependencyOfComponentsCard,
  EntityDependsOnComponentsCard,
  EntityDependsOnResourcesCard,
  EntityHasSubcomponentsCard,
  EntityLayout,
  EntitySwitch,
  isComponentType,
} from '@backstage/plugin-catalog';
import {
  EntityPipelineContent,
  EntityPipelineHealthCard,
  EntityStageMetricsContent,
  hasLiveMetrics,
} from '@stagecraft/plugin-pipelines';
import {
  EntityOnCallCard,
  EntityReadinessCard,
} from '@stagecraft/plugin-readiness';
import {
  aboutGraphAndLinks,
  blastRadiusRoute,
  entityWarningContent,
  secretsUsedContent,
} from './shared';

const overviewContent = (
  <Grid container spacing={3} alignItems="stretch">
    {entityWarningContent}
    {aboutGraphAndLinks}
    <Grid item md={4} xs={12}>
      <EntityOnCallCard />
    </Grid>
    <Grid item md={4} xs={12}>
      <EntityReadinessCard />
    </Grid>
    <EntitySwitch>
      <EntitySwitch.Case if={isComponentType('pipeline')}>
        <Grid item md={8} xs={12}>
          <EntityPipelineHealthCard />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>
    <Grid item md={8} xs={12}>
      <EntityHasSubcomponentsCard />
    </Grid>
    {secretsUsedContent}
  </Grid>
);

const dependenciesContent = (
  <Grid container spacing={3} alignItems="stretch">
    <Grid item md={6} xs={12}>
      <EntityDependsOnComponentsCard />
    </Grid>
    <Grid item md={6} xs={12}>
      <EntityDependsOnResourcesCard />
    </Grid>
    <Grid item md={6} xs={12}>
      <EntityDependencyOfComponentsCard />
    </Grid>
  </Grid>
);

/**
 * Services, websites, Lambda functions, state machines, batch jobs and pipelines.
 * Later plugins add their tabs here (pipeline flow, readiness).
 */
export const componentPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      {overviewContent}
    </EntityLayout.Route>
    <EntityLayout.Route
      path="/pipeline"
      title="Pipeline"
      if={isComponentType('pipeline')}
    >
      <EntityPipelineContent />
    </EntityLayout.Route>
    <EntityLayout.Route path="/metrics" title="Metrics" if={hasLiveMetrics}>
      <EntityStageMetricsContent />
    </EntityLayout.Route>
    <EntityLayout.Route path="/dependencies" title="Dependencies">
      {dependenciesContent}
    </EntityLayout.Route>
    {blastRadiusRoute}
  </EntityLayout>
);
