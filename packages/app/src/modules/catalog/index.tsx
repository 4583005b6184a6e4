import { createFrontendModule } from '@backstage/frontend-plugin-api';
import catalogGraphPlugin from '@backstage/plugin-catalog-graph/alpha';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';

/**
 * Tabs and cards the portal shows that the catalog and catalog-graph plugins' own
 * extensions do not: a component's "Dependencies" tab, a resource's "Used by" card and a
 * system's "Diagram" tab. Where they sit among the other tabs and cards is set in
 * app-config.yaml (`app.extensions`).
 */

/** What a component depends on, and what depends on it. */
const dependenciesContent = EntityContentBlueprint.make({
  name: 'dependencies',
  params: {
    path: '/dependencies',
    title: 'Dependencies',
    filter: { kind: 'component' },
    loader: async () => {
      const { Grid } = await import('@material-ui/core');
      const {
        EntityDependencyOfComponentsCard,
        EntityDependsOnComponentsCard,
        EntityDependsOnResourcesCard,
      } = await import('@backstage/plugin-catalog');
      return (
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
    },
  },
});

/** The components that use a stream, queue, table or database. */
const usedByCard = EntityCardBlueprint.make({
  name: 'used-by',
  params: {
    filter: {
      $all: [
        { kind: 'resource' },
        { $not: { 'spec.type': { $in: ['secret', 'secret-store'] } } },
      ],
    },
    loader: async () => {
      const { EntityDependencyOfComponentsCard } = await import(
        '@backstage/plugin-catalog'
      );
      return <EntityDependencyOfComponentsCard title="Used by" />;
    },
  },
});

export const catalogModule = createFrontendModule({
  pluginId: 'catalog',
  extensions: [dependenciesContent, usedByCard],
});

/**
 * A system's parts and their dependencies, left to right: the system, its parts, then what they
 * depend on. Top to bottom, the parts stand in one row, too wide to read once there are a dozen.
 */
const systemDiagramContent = EntityContentBlueprint.make({
  name: 'system-diagram',
  params: {
    path: '/diagram',
    title: 'Diagram',
    filter: { kind: 'system' },
    loader: async () => {
      const { Direction, EntityCatalogGraphCard } = await import(
        '@backstage/plugin-catalog-graph'
      );
      const {
        RELATION_DEPENDENCY_OF,
        RELATION_DEPENDS_ON,
        RELATION_HAS_PART,
        RELATION_PART_OF,
      } = await import('@backstage/catalog-model');
      return (
        <EntityCatalogGraphCard
          direction={Direction.LEFT_RIGHT}
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
      );
    },
  },
});

/**
 * The catalog graph page, as the plugin makes it (and app-config.yaml configures it), but
 * never an empty canvas: opened without entities to start from, it starts at the user's
 * teams, or lets the user choose (see GraphStart).
 */
const graphPage = catalogGraphPlugin
  .getExtension('page:catalog-graph')
  .override({
    factory(originalFactory, { config }) {
      return originalFactory({
        params: {
          loader: async () => {
            const { CatalogGraphPage } = await import(
              '@backstage/plugin-catalog-graph'
            );
            const { GraphStart } = await import('./GraphStart');
            return (
              <GraphStart>
                <CatalogGraphPage {...config} initialState={config} />
              </GraphStart>
            );
          },
        },
      });
    },
  });

export const catalogGraphModule = createFrontendModule({
  pluginId: 'catalog-graph',
  extensions: [systemDiagramContent, graphPage],
});
