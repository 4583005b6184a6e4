import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { readBlastRadiusConfig } from './config';
import { createRouter } from './router';
import { BlastRadiusService } from './service/BlastRadiusService';
import { IndexCache } from './service/IndexCache';
import { loadCatalogIndex } from './service/loadCatalogIndex';

/**
 * Blast radius: `GET /api/blast-radius/entities/:kind/:namespace/:name/blast-radius`
 * answers what breaks when an entity breaks (or what it needs), and whom to
 * call, from an in-memory index of the catalog.
 */
export const blastRadiusPlugin = createBackendPlugin({
  pluginId: 'blast-radius',
  register(env) {
    env.registerInit({
      deps: {
        auth: coreServices.auth,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        catalog: catalogServiceRef,
      },
      async init({ auth, httpAuth, httpRouter, logger, config, catalog }) {
        const { indexMaxAgeMs, catalogPageSize } =
          readBlastRadiusConfig(config);
        const cache = new IndexCache({
          maxAgeMs: indexMaxAgeMs,
          logger,
          load: async () =>
            loadCatalogIndex({
              catalog,
              credentials: await auth.getOwnServiceCredentials(),
              pageSize: catalogPageSize,
              logger,
            }),
        });
        httpRouter.use(
          createRouter({
            httpAuth,
            blastRadius: new BlastRadiusService(cache, catalog),
          }),
        );
      },
    });
  },
});
