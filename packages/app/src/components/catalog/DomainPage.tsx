import { Grid } from '@material-ui/core';
import { EntityHasSystemsCard, EntityLayout } from '@backstage/plugin-catalog';
import {
  aboutGraphAndLinks,
  blastRadiusRoute,
  entityWarningContent,
} from './shared';

export const domainPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      <Grid container spacing={3} alignItems="stretch">
        {entityWarningContent}
        {aboutGraphAndLinks}
        <Grid item md={8} xs={12}>
          <EntityHasSystemsCard />
        </Grid>
      </Grid>
    </EntityLayout.Route>
  </EntityLayout>
);

/** Any other kind (API, Location, ...): the overview, and an API's blast radius. */
export const defaultEntityPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      <Grid container spacing={3} alignItems="stretch">
        {entityWarningContent}
        {aboutGraphAndLinks}
      </Grid>
    </EntityLayout.Route>
    {blastRadiusRoute}
  </EntityLayout>
);
