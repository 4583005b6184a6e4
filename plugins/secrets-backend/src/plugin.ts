import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { secretsPermissions } from '@stagecraft/plugin-secrets-common';
import { secretStoreReadersExtensionPoint } from '@stagecraft/plugin-secrets-node';
import { createRouter } from './router';
import { readSecretsBackendConfig } from './config';
import { SecretsReviewService } from './service/SecretsReviewService';
import { SecretStoreReaderRegistry } from './storeReaders/SecretStoreReaderRegistry';

/**
 * Secret compliance computed from the live catalog. Modules add secret store readers
 * through `secretStoreReadersExtensionPoint` (`@stagecraft/plugin-secrets-node`).
 *
 * @public
 */
export const secretsPlugin = createBackendPlugin({
  pluginId: 'secrets',
  register(env) {
    const storeReaders = new SecretStoreReaderRegistry();
    env.registerExtensionPoint(secretStoreReadersExtensionPoint, {
      addReader: reader => storeReaders.add(reader),
    });
    env.registerInit({
      deps: {
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        config: coreServices.rootConfig,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
      },
      async init({
        auth,
        catalog,
        config,
        httpAuth,
        httpRouter,
        logger,
        permissions,
        permissionsRegistry,
      }) {
        permissionsRegistry.addPermissions(secretsPermissions);
        // Kept for reconciliation with the stores (issue 16, part 2); nothing reads them yet.
        const readers = storeReaders.describe();
        logger.info(
          `Secret store readers: ${readers.length ? readers.join(', ') : 'none'}`,
        );
        const { rulesConfig, cacheTtlMs } = readSecretsBackendConfig(config);
        const review = new SecretsReviewService({
          catalog,
          auth,
          logger,
          rulesConfig,
          cacheTtlMs,
        });
        httpRouter.use(await createRouter({ httpAuth, permissions, review }));
      },
    });
  },
});
