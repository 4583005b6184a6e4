import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { catalogModelExtensionPoint } from '@backstage/plugin-catalog-node/alpha';
import { createLeakGuardParser } from './leakGuard/createLeakGuardParser';
import { SecretLeakGuardProcessor } from './leakGuard/SecretLeakGuardProcessor';
import { SecretStoreRelationsProcessor } from './relations/SecretStoreRelationsProcessor';

/**
 * Catalog module for Stagecraft secrets: the leak guard (entity data parser
 * and processor) and the storedIn/stores relations.
 *
 * @public
 */
export const catalogModuleSecrets = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'secrets',
  register(reg) {
    reg.registerInit({
      deps: {
        model: catalogModelExtensionPoint,
        processing: catalogProcessingExtensionPoint,
      },
      async init({ model, processing }) {
        // The catalog accepts a single parser; another module setting one
        // fails startup rather than silently dropping the leak guard.
        model.setEntityDataParser(createLeakGuardParser());
        processing.addProcessor(
          new SecretLeakGuardProcessor(),
          new SecretStoreRelationsProcessor(),
        );
      },
    });
  },
});
