import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { secretsPermissions } from '@stagecraft/plugin-secrets-common';
import { createRouter } from './router';
import { readSecretsBackendConfig } from './config';
import { SecretsReviewService } from './service/SecretsReviewService';

/**
 * Secret compliance computed from the live catalog.
 *
 * @public
 */
export const secretsPlugin = createBackendPlugin({
  pluginId: 'secrets',
  register(env) {
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
