import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';

/**
 * Builds every TechDocs site shortly after start and then every half hour, through
 * TechDocs' own sync endpoint. With the local builder a site is otherwise built on its first
 * view only, so search would not find a runbook nobody has opened yet, and the docs search
 * box would fail on a missing index.
 */
export const techdocsModulePrebuild = createBackendModule({
  pluginId: 'techdocs',
  moduleId: 'prebuild',
  register(env) {
    env.registerInit({
      deps: {
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        discovery: coreServices.discovery,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
      },
      async init({ auth, catalog, discovery, logger, scheduler }) {
        await scheduler.scheduleTask({
          id: 'techdocs-prebuild',
          frequency: { minutes: 30 },
          timeout: { minutes: 10 },
          initialDelay: { seconds: 20 },
          fn: async () => {
            const credentials = await auth.getOwnServiceCredentials();
            const { items } = await catalog.getEntities(
              {
                filter: {
                  'metadata.annotations.backstage.io/techdocs-ref':
                    CATALOG_FILTER_EXISTS,
                },
                fields: ['kind', 'metadata.namespace', 'metadata.name'],
              },
              { credentials },
            );
            const baseUrl = await discovery.getBaseUrl('techdocs');
            const { token } = await auth.getPluginRequestToken({
              onBehalfOf: credentials,
              targetPluginId: 'techdocs',
            });
            for (const entity of items) {
              const path = [
                entity.metadata.namespace ?? 'default',
                entity.kind.toLocaleLowerCase('en-US'),
                entity.metadata.name,
              ].join('/');
              // The endpoint streams the build log and ends when the build is done.
              const response = await fetch(`${baseUrl}/sync/${path}`, {
                headers: { Authorization: `Bearer ${token}` },
              });
              const log = await response.text();
              if (!response.ok || log.includes('event: error')) {
                logger.warn(`Could not build the docs of ${path}: ${log}`);
              }
            }
            logger.info(`Built the docs of ${items.length} entities`);
          },
        });
      },
    });
  },
});
