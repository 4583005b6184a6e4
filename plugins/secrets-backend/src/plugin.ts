import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import { TransitionTracker } from '@stagecraft/backend-node';
import { secretsPermissions } from '@stagecraft/plugin-secrets-common';
import {
  createAwsSecretStoreReaders,
  createVaultSecretStoreReader,
  secretStoreReadersExtensionPoint,
} from '@stagecraft/plugin-secrets-node';
import { createRouter } from './router';
import { readSecretsBackendConfig } from './config';
import { SecretsReviewService } from './service/SecretsReviewService';
import { SecretStoreReaderRegistry } from './storeReaders/SecretStoreReaderRegistry';
import { StoreDriftService } from './drift/StoreDriftService';
import { DriftStore } from './database/DriftStore';
import { loadSecretsCatalog } from './service/loadSecretsCatalog';
import { SecretsNotifier } from './notifications/SecretsNotifier';
import { DriftSignalPublisher } from './notifications/DriftSignalPublisher';

/** The scheduled reconciliation of every store (and the compliance notifications). */
export const RECONCILE_TASK_ID = 'secrets-reconcile-stores';

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
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        notifications: notificationService,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        scheduler: coreServices.scheduler,
        signals: signalsServiceRef,
      },
      async init({
        auth,
        catalog,
        config,
        database,
        httpAuth,
        httpRouter,
        logger,
        notifications,
        permissions,
        permissionsRegistry,
        scheduler,
        signals,
      }) {
        permissionsRegistry.addPermissions(secretsPermissions);
        // Built-in readers where their access is configured; modules' readers win.
        if (config.has('aws')) {
          createAwsSecretStoreReaders({ config }).forEach(reader =>
            storeReaders.addDefault(reader),
          );
        }
        const vault = createVaultSecretStoreReader({ config });
        if (vault) storeReaders.addDefault(vault);
        const readers = storeReaders.describe();
        logger.info(
          `Secret store readers: ${
            readers.length ? readers.join(', ') : 'none'
          }; stores of other providers are simulated`,
        );
        const settings = readSecretsBackendConfig(config);
        const { rulesConfig, cacheTtlMs, drift: driftSettings } = settings;
        const review = new SecretsReviewService({
          catalog,
          auth,
          permissions,
          logger,
          rulesConfig,
          cacheTtlMs,
        });
        const notifier = settings.notifications.enabled
          ? new SecretsNotifier({
              tracker: await TransitionTracker.create({
                database,
                notifications,
                logger,
              }),
              logger,
            })
          : undefined;
        const drift = new StoreDriftService({
          readerFor: (provider, entities) =>
            storeReaders.readerOrSimulated(provider, entities),
          store: await DriftStore.create({ database }),
          loadCatalog: async () =>
            loadSecretsCatalog(catalog, await auth.getOwnServiceCredentials()),
          rulesConfig,
          policy: driftSettings.policy,
          logger,
          timeoutMs: driftSettings.storeTimeoutMs,
          listeners: [
            new DriftSignalPublisher({ signals, logger }),
            ...(notifier ? [notifier] : []),
          ],
        });
        await scheduler.scheduleTask({
          id: RECONCILE_TASK_ID,
          frequency: { minutes: driftSettings.frequencyMinutes },
          timeout: { minutes: 10 },
          initialDelay: { minutes: 1 },
          fn: async signal => {
            try {
              await drift.reconcileAll(signal as AbortSignal);
            } finally {
              // The review's verdicts, on the same schedule, whatever became of the stores.
              await notifier?.observeReview(
                async () => (await review.getFreshReview()).response,
              );
            }
          },
        });
        httpRouter.use(
          await createRouter({ httpAuth, permissions, review, drift, catalog }),
        );
      },
    });
  },
});
