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
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
      },
      async init({
        auth,
        httpAuth,
        httpRouter,
        logger,
        config,
        scheduler,
        catalog,
      }) {
        const { indexMaxAgeMs, indexLoadTimeoutMs, catalogPageSize } =
          readBlastRadiusConfig(config);
        const cache = new IndexCache({
          maxAgeMs: indexMaxAgeMs,
          loadTimeoutMs: indexLoadTimeoutMs,
          logger,
          load: async () =>
            loadCatalogIndex({
              catalog,
              credentials: await auth.getOwnServiceCredentials(),
              pageSize: catalogPageSize,
              logger,
            }),
        });
        if (indexMaxAgeMs > 0) {
          // Once in use, each replica refreshes its own index even when nobody
          // asks it, so a catalog change reaches every replica within one
          // refresh period rather than at its next request.
          await scheduler.scheduleTask({
            id: 'blast-radius-index-refresh',
            scope: 'local',
            frequency: { milliseconds: indexMaxAgeMs },
            timeout: { milliseconds: Math.max(indexMaxAgeMs, 60_000) },
            initialDelay: { milliseconds: indexMaxAgeMs },
            fn: async () => {
              if (cache.loaded) {
                await cache.reload();
              }
            },
          });
        }
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
