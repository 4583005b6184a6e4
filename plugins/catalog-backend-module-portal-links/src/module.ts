import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { InPortalLinksProcessor } from './InPortalLinksProcessor';

/**
 * Catalog links written as portal paths (`/docs/...`) point at this portal.
 *
 * @public
 */
export const catalogModulePortalLinks = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'portal-links',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        catalog: catalogProcessingExtensionPoint,
      },
      async init({ config, catalog }) {
        catalog.addProcessor(
          new InPortalLinksProcessor(config.getString('app.baseUrl')),
        );
      },
    });
  },
});
