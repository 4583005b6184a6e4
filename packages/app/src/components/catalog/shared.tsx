import { Grid } from '@material-ui/core';
import {
  EntityAboutCard,
  EntityLayout,
  EntityLinksCard,
  EntityOrphanWarning,
  EntityProcessingErrorsPanel,
  EntityRelationWarning,
  EntitySwitch,
  hasCatalogProcessingErrors,
  hasRelationWarnings,
  isOrphan,
} from '@backstage/plugin-catalog';
import {
  ALL_RELATION_PAIRS,
  ALL_RELATIONS,
  EntityCatalogGraphCard,
} from '@backstage/plugin-catalog-graph';
import {
  EntityBlastRadiusContent,
  isBlastRadiusAvailable,
} from '@stagecraft/plugin-blast-radius';
import {
  PIPELINE_RELATION_PAIRS,
  PIPELINE_RELATIONS,
} from '@stagecraft/plugin-pipelines';
import {
  dependsOnAnyResource,
  EntityDependsOnSecretsCard,
  RELATION_STORED_IN,
  RELATION_STORES,
} from '@stagecraft/plugin-secrets';

/**
 * Relations the catalog graph shows: Backstage's own plus Stagecraft's (pipeline data flow:
 * writesTo/writtenBy, readsFrom/readBy; secrets: storedIn/stores). Used by the graph cards
 * and the CatalogGraphPage.
 */
export const graphRelations: string[] = [
  ...ALL_RELATIONS,
  ...PIPELINE_RELATIONS,
  RELATION_STORED_IN,
  RELATION_STORES,
];
export const graphRelationPairs: [string, string][] = [
  ...ALL_RELATION_PAIRS,
  ...PIPELINE_RELATION_PAIRS,
  [RELATION_STORED_IN, RELATION_STORES],
];

/** Orphan, relation and processing-error banners shared by every entity page. */
export const entityWarningContent = (
  <>
    <EntitySwitch>
      <EntitySwitch.Case if={isOrphan}>
        <Grid item xs={12}>
          <EntityOrphanWarning />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>
    <EntitySwitch>
      <EntitySwitch.Case if={hasRelationWarnings}>
        <Grid item xs={12}>
          <EntityRelationWarning />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>
    <EntitySwitch>
      <EntitySwitch.Case if={hasCatalogProcessingErrors}>
        <Grid item xs={12}>
          <EntityProcessingErrorsPanel />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>
  </>
);

/** About, relations graph and links: the first row of every overview tab. */
export const aboutGraphAndLinks = (
  <>
    <Grid item md={6} xs={12}>
      <EntityAboutCard />
    </Grid>
    <Grid item md={6} xs={12}>
      <EntityCatalogGraphCard
        height={400}
        relations={graphRelations}
        relationPairs={graphRelationPairs}
      />
    </Grid>
    <Grid item md={4} xs={12}>
      <EntityLinksCard />
    </Grid>
  </>
);

/**
 * The secrets an entity depends on, with their compliance. Only entities that depend on
 * some Resource can depend on a secret; the card renders nothing when none is a secret.
 */
export const secretsUsedContent = (
  <EntitySwitch>
    <EntitySwitch.Case if={dependsOnAnyResource}>
      <Grid item md={6} xs={12}>
        <EntityDependsOnSecretsCard />
      </Grid>
    </EntitySwitch.Case>
  </EntitySwitch>
);

/** The "Blast radius" tab: what depends on the entity, and whom to call. */
export const blastRadiusRoute = (
  <EntityLayout.Route
    path="/blast-radius"
    title="Blast radius"
    if={isBlastRadiusAvailable}
  >
    <EntityBlastRadiusContent />
  </EntityLayout.Route>
);
