import { Grid } from '@material-ui/core';
import {
  EntityDependencyOfComponentsCard,
  EntityDependsOnComponentsCard,
  EntityDependsOnResourcesCard,
  EntityHasSubcomponentsCard,
  EntityLayout,
} from '@backstage/plugin-catalog';
import { aboutGraphAndLinks, entityWarningContent } from './shared';

const overviewContent = (
  <Grid container spacing={3} alignItems="stretch">
    {entityWarningContent}
    {aboutGraphAndLinks}
    <Grid item md={8} xs={12}>
      <EntityHasSubcomponentsCard />
    </Grid>
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
    <EntityLayout.Route path="/dependencies" title="Dependencies">
      {dependenciesContent}
    </EntityLayout.Route>
  </EntityLayout>
);
