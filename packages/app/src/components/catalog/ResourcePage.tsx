import { Grid } from '@material-ui/core';
import {
  EntityDependencyOfComponentsCard,
  EntityDependsOnResourcesCard,
  EntityLayout,
} from '@backstage/plugin-catalog';
import { aboutGraphAndLinks, entityWarningContent } from './shared';

/** Streams, queues, buckets, tables, databases, secrets and secret stores. */
export const resourcePage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      <Grid container spacing={3} alignItems="stretch">
        {entityWarningContent}
        {aboutGraphAndLinks}
        <Grid item md={8} xs={12}>
          <EntityDependencyOfComponentsCard
           
            title="Used by"
          />
        </Grid>
        <Grid item md={6} xs={12}>
          <EntityDependsOnResourcesCard />
        </Grid>
      </Grid>
    </EntityLayout.Route>
  </EntityLayout>
);
