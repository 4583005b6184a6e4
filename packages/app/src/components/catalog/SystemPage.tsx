import { Grid } from '@material-ui/core';
import {
  EntityHasComponentsCard,
  EntityHasResourcesCard,
  EntityLayout,
} from '@backstage/plugin-catalog';
import {
  Direction,
  EntityCatalogGraphCard,
} from '@backstage/plugin-catalog-graph';
import {
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_HAS_PART,
  RELATION_PART_OF,
} from '@backstage/catalog-model';
import { EntityReadinessSummaryCard } from '@stagecraft/plugin-readiness';
import {
  aboutGraphAndLinks,
  blastRadiusRoute,
  entityWarningContent,
  secretsUsedContent,
} from './shared';

export const systemPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      <Grid container spacing={3} alignItems="stretch">
        {entityWarningContent}
        {aboutGraphAndLinks}
        <Grid item md={8} xs={12}>
          <EntityReadinessSummaryCard />
        </Grid>
        <Grid item md={8} xs={12}>
          <EntityHasComponentsCard />
        </Grid>
        <Grid item md={12} xs={12}>
          <EntityHasResourcesCard />
        </Grid>
        {secretsUsedContent}
      </Grid>
    </EntityLayout.Route>
    <EntityLayout.Route path="/diagram" title="Diagram">
      <EntityCatalogGraphCard
        direction={Direction.TOP_BOTTOM}
        title="System diagram"
        height={700}
        relations={[
          RELATION_PART_OF,
          RELATION_HAS_PART,
          RELATION_DEPENDENCY_OF,
          RELATION_DEPENDS_ON,
        ]}
        unidirectional={false}
      />
    </EntityLayout.Route>
    {blastRadiusRoute}
  </EntityLayout>
);
