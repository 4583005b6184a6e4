import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { NotificationOutbox } from '@stagecraft/backend-node';

/** The scheduler task that retries exemption notifications not sent yet. */
export const EXEMPTION_NOTIFICATIONS_TASK_ID =
  'readiness-exemption-notifications';

/**
 * Every five minutes, on one replica at a time, sends what the outbox still holds: the
 * notifications whose send failed or timed out, and any a stopped replica left behind.
 */
export async function scheduleExemptionNotificationRetries(
  scheduler: SchedulerService,
  outbox: NotificationOutbox,
  logger: LoggerService,
): Promise<void> {
  await scheduler.scheduleTask({
    id: EXEMPTION_NOTIFICATIONS_TASK_ID,
    frequency: { minutes: 5 },
    // A pass sends up to 200, four at a time, each given 30 s: at worst 25 minutes.
    timeout: { minutes: 30 },
    initialDelay: { minutes: 1 },
    scope: 'global',
    fn: async () => {
      const { sent, failed } = await outbox.deliverPending();
      if (sent > 0 || failed > 0) {
        logger.info(
          `Exemption notifications retried: ${sent} sent, ${failed} failed`,
        );
      }
    },
  });
}
