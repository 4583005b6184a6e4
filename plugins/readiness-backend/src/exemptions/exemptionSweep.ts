import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { Exemption } from '@stagecraft/plugin-readiness-common';
import { AlsoInTransaction, ExemptionStore } from '../database/ExemptionStore';
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
 * The owner is looked up first; then each is recorded by a compare-and-set in one
 * transaction with its notice in the outbox, which sends it once after the commit and
 * retries a failed send, so an owner hears each once. One that fails (the lookup, or
 * recording the notice) is logged, recorded by none, and tried again by the next pass.
 */
export async function runExemptionSweep(
  options: ExemptionSweepOptions,
): Promise<void> {
  const { store, ownerOf, checkTitle, notifier, logger } = options;
  const now = (options.now ?? (() => new Date()))();
  /** The owner's notice, to record with the step; none without notifications or an owner. */
  const noticeToOwner = async (
    exemption: Exemption,
    message: typeof expiryMessage,
  ): Promise<AlsoInTransaction | undefined> => {
    if (!notifier) return undefined;
    const owner = await ownerOf(exemption.entityRef);
    if (!owner) {
      logger.info(
        `Readiness exemption ${exemption.id}: ${exemption.entityRef} has no owner to tell`,
      );
      return undefined;
    }
    return (tx, changed) =>
      notifier.record(
        tx,
        owner,
        changed,
        message(changed, checkTitle(changed.checkId)),
      );
  };
  /** Records each of `exemptions` by `record` with its owner's notice; one that fails waits for the next pass. */
  const recordEach = (
    exemptions: Exemption[],
    record: ExemptionStore['expire'],
    message: typeof expiryMessage,
    failure: string,
  ) =>
    eachOnItsOwn(
      exemptions,
      async exemption =>
        record(exemption.id, now, await noticeToOwner(exemption, message)),
      logger,
      ({ id }) => `Readiness exemption ${id}: ${failure}`,
    );
  await recordEach(
    await store.lapsed(now),
    store.expire.bind(store),
    expiryMessage,
    'recording its expiry failed',
  );
  await recordEach(
    await store.dueForReminder(now, options.reminderDays),
    store.markReminded.bind(store),
    reminderMessage,
    'the expiry reminder failed',
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
