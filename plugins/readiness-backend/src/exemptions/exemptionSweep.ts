import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { Exemption } from '@stagecraft/plugin-readiness-common';
import { ExemptionStore } from '../database/ExemptionStore';
import { eachOnItsOwn } from '../scheduling/eachOnItsOwn';
import { scheduleHourlyPass } from '../scheduling/scheduleHourlyPass';
import {
  ExemptionNotifier,
  expiryMessage,
  reminderMessage,
} from './exemptionNotifications';

/** The scheduler task that records expiries and reminds owners. Global: one replica a cadence. */
export const EXEMPTIONS_TASK_ID = 'readiness-exemptions';

export type ExemptionSweepOptions = {
  store: ExemptionStore;
  /** The entity's owner (its `spec.owner` as a full ref), read with the plugin's credentials. */
  ownerOf: (entityRef: string) => Promise<string | undefined>;
  checkTitle: (checkId: string) => string;
  notifier?: ExemptionNotifier;
  reminderDays: number;
  logger: LoggerService;
  now?: () => Date;
};

/**
 * One pass: approved exemptions past their expiry are recorded `expired` and their owners
 * told; those expiring within `reminderDays` are recorded `reminded` and their owners told.
 * Each is recorded by a compare-and-set, and only the replica whose record won records the
 * notification in the outbox, which sends it once and retries a failed send, so an owner
 * hears each once. One that fails is logged and does not stop the others.
 */
export async function runExemptionSweep(
  options: ExemptionSweepOptions,
): Promise<void> {
  const { store, ownerOf, checkTitle, notifier, logger } = options;
  const now = (options.now ?? (() => new Date()))();
  const tell = async (exemption: Exemption, message: typeof expiryMessage) => {
    const owner = await ownerOf(exemption.entityRef);
    if (!owner) {
      logger.info(
        `Readiness exemption ${exemption.id}: ${exemption.entityRef} has no owner to tell`,
      );
      return;
    }
    await notifier?.send(
      owner,
      exemption,
      message(exemption, checkTitle(exemption.checkId)),
    );
  };
  await eachOnItsOwn(
    await store.expireLapsed(now),
    exemption => tell(exemption, expiryMessage),
    logger,
    ({ id }) =>
      `Readiness exemption ${id}: telling its owner it expired failed`,
  );
  await eachOnItsOwn(
    await store.dueForReminder(now, options.reminderDays),
    async exemption => {
      if (await store.markReminded(exemption.id, now)) {
        await tell(exemption, reminderMessage);
      }
    },
    logger,
    ({ id }) => `Readiness exemption ${id}: the expiry reminder failed`,
  );
}

export async function scheduleExemptionSweep(
  scheduler: SchedulerService,
  options: ExemptionSweepOptions,
): Promise<void> {
  await scheduleHourlyPass(scheduler, EXEMPTIONS_TASK_ID, () =>
    runExemptionSweep(options),
  );
}
