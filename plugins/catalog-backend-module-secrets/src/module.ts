import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { catalogModelExtensionPoint } from '@backstage/plugin-catalog-node/alpha';
import { createLeakGuardParser } from './leakGuard/createLeakGuardParser';
import { ResolvedValuesLeakGuardProcessor } from './leakGuard/ResolvedValuesLeakGuardProcessor';
import { SecretLeakGuardProcessor } from './leakGuard/SecretLeakGuardProcessor';
import {
  assertConfigLocationsWithoutCredentials,
  createCredentialedLocationGuard,
} from './locations/refuseCredentialedLocations';
import { valueFreePlaceholderResolvers } from './placeholders/valueFreePlaceholderResolvers';
import { SecretStoreRelationsProcessor } from './relations/SecretStoreRelationsProcessor';

/**
 * Catalog module for Stagecraft secrets: the leak guard (entity data parser,
 * processors, placeholder resolvers and location checks) and the
 * storedIn/stores relations.
 *
 * @public
 */
export const catalogModuleSecrets = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'secrets',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        httpRouter: coreServices.httpRouter,
        model: catalogModelExtensionPoint,
        processing: catalogProcessingExtensionPoint,
      },
      async init({ config, httpRouter, model, processing }) {
        assertConfigLocationsWithoutCredentials(config);
        // Modules initialise before their plugin, so this runs ahead of the
        // catalog's own routes on the catalog's router.
        httpRouter.use(createCredentialedLocationGuard());
        // The catalog accepts a single parser; another module setting one
        // fails startup rather than silently dropping the leak guard.
        model.setEntityDataParser(createLeakGuardParser());
        for (const [key, resolver] of Object.entries(
          valueFreePlaceholderResolvers,
        )) {
          processing.addPlaceholderResolver(key, resolver);
        }
        processing.addProcessor(
          new SecretLeakGuardProcessor(),
          new ResolvedValuesLeakGuardProcessor(),
          new SecretStoreRelationsProcessor(),
        );
      },
    });
  },
});
