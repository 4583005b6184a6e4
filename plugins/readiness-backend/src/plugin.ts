import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import {
  NotificationOutbox,
  TransitionTracker,
} from '@stagecraft/backend-node';
import { readinessPermissions } from '@stagecraft/plugin-readiness-common';
import { readReadinessBackendConfig } from './config';
import { CampaignStore } from './database/CampaignStore';
import { ExemptionStore } from './database/ExemptionStore';
import { ActiveExemptions } from './exemptions/ActiveExemptions';
import { ExemptionNotifier } from './exemptions/exemptionNotifications';
import { scheduleExemptionNotificationRetries } from './exemptions/exemptionNotificationRetries';
import { ExemptionService } from './exemptions/ExemptionService';
import { readExemptionSettings } from './exemptions/exemptionSettings';
import { entityOwnerReader } from './exemptions/entityOwner';
import { scheduleExemptionSweep } from './exemptions/exemptionSweep';
import { ReadinessStore } from './database/ReadinessStore';
import { CampaignService } from './campaigns/CampaignService';
import { scheduleCampaignCycle } from './campaigns/campaignCycle';
import { readCampaignSettings } from './campaigns/campaignSettings';
import { loadCampaignSnapshot } from './campaigns/loadCampaignSnapshot';
import { VisibleCampaigns } from './campaigns/VisibleCampaigns';
import { PortalRunbookSource } from './runbooks/PortalRunbookSource';
import { createRouter } from './router';
import { ReadinessCatalogReader } from './service/ReadinessCatalogReader';
import { ReadinessService } from './service/ReadinessService';
import { RunSignalPublisher } from './service/RunSignalPublisher';
import { VisibleReadiness } from './service/VisibleReadiness';
import {
  EVALUATE_ALL_TASK_ID,
  scheduleEvaluation,
} from './service/scheduleEvaluation';
import { createVerifiers } from './verifiers/createVerifiers';

/**
 * Operational readiness: evaluates every applicable catalog entity on a
 * schedule and on demand, and serves the results, their history and CSV.
 *
 * @public
 */
export const readinessPlugin = createBackendPlugin({
  pluginId: 'readiness',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        lifecycle: coreServices.lifecycle,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        auditor: coreServices.auditor,
        userInfo: coreServices.userInfo,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
        urlReader: coreServices.urlReader,
        discovery: coreServices.discovery,
        notifications: notificationService,
        signals: signalsServiceRef,
      },
      async init({
        config,
        logger,
        lifecycle,
        database,
        scheduler,
        httpRouter,
        httpAuth,
        auth,
        auditor,
        userInfo,
        permissions,
        permissionsRegistry,
        catalog,
        urlReader,
        discovery,
        notifications,
        signals,
      }) {
        const settings = readReadinessBackendConfig(config);
        // One clock for every part, so they agree on what time it is.
        const now = () => new Date();
        const store = await ReadinessStore.create({ database });
        const transitions = settings.notifications.enabled
          ? await TransitionTracker.create({
              database,
              notifications,
              logger,
              now,
            })
          : undefined;
        const exemptionStore = await ExemptionStore.create({ database });
        const activeExemptions = new ActiveExemptions({
          store: exemptionStore,
          productionCompleteRequires: settings.rules.productionCompleteRequires,
          now,
        });
        const runSignals = new RunSignalPublisher({ signals, logger });
        const service = new ReadinessService({
          store,
          reader: new ReadinessCatalogReader(catalog, auth),
          verifiers: createVerifiers({
            config,
            settings,
            logger,
            now,
            discovery,
            auth,
          }),
          runbookSource: (view, signal) =>
            new PortalRunbookSource(
              {
                urlReader,
                discovery,
                auth,
                timeoutMs: settings.runbooks.timeoutMs,
              },
              ref => view.getEntity(ref),
              signal,
            ),
          settings,
          logger,
          transitions,
          exemptions: activeExemptions,
          announceRunFinished: run => runSignals.runFinished(run),
          now,
        });
        permissionsRegistry.addPermissions(readinessPermissions);
        const campaignSettings = readCampaignSettings(
          config,
          settings.rules.checks.map(check => check.id),
        );
        const campaignStore = await CampaignStore.create({ database });
        for (const { id, ...input } of campaignSettings.seed) {
          await campaignStore.addIfAbsent(id, input, now());
        }
        const exemptionOutbox = settings.notifications.enabled
          ? await NotificationOutbox.create({
              database,
              notifications,
              logger,
              now,
            })
          : undefined;
        const exemptionNotifier = exemptionOutbox
          ? new ExemptionNotifier({ outbox: exemptionOutbox })
          : undefined;
        const exemptionSettings = readExemptionSettings(config);
        const exemptions = new ExemptionService({
          store: exemptionStore,
          catalog,
          auth,
          userInfo,
          permissions,
          rules: settings.rules,
          settings: exemptionSettings,
          notifier: exemptionNotifier,
          now,
        });
        const campaigns = new CampaignService({
          store: campaignStore,
          loadSnapshot: () => loadCampaignSnapshot({ catalog, auth }),
          readResults: entityRefs => store.getResults(entityRefs),
          rules: settings.rules,
          activeExemptions: () => activeExemptions.list(),
          now,
        });
        await scheduleEvaluation({
          scheduler,
          schedule: settings.schedule,
          service,
          logger,
        });
        await scheduleCampaignCycle(scheduler, {
          campaigns,
          transitions,
          reminderDays: campaignSettings.reminderDays,
          logger,
          now,
        });
        await scheduleExemptionSweep(scheduler, {
          store: exemptionStore,
          ownerOf: entityOwnerReader(catalog, auth),
          checkTitle: checkId => exemptions.checkTitle(checkId),
          notifier: exemptionNotifier,
          reminderDays: exemptionSettings.reminderDays,
          logger,
          now,
        });
        if (exemptionOutbox) {
          await scheduleExemptionNotificationRetries(
            scheduler,
            exemptionOutbox,
            logger,
          );
          // Sends started before shutdown finish (or time out) before the database closes.
          lifecycle.addShutdownHook(() => exemptionOutbox.settled());
        }
        httpRouter.use(
          await createRouter({
            httpAuth,
            permissions,
            readiness: new VisibleReadiness({
              service,
              history: store,
              catalog,
              auth,
              exemptions: activeExemptions,
              now,
            }),
            campaigns: new VisibleCampaigns({ campaigns, catalog, auth, now }),
            exemptions,
            auditor,
            triggerEvaluation: () =>
              scheduler.triggerTask(EVALUATE_ALL_TASK_ID),
            now,
          }),
        );
      },
    });
  },
});
