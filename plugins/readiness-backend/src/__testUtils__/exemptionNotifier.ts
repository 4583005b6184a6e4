import { DatabaseService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { NotificationOutbox } from '@stagecraft/backend-node';
import { ExemptionNotifier } from '../exemptions/exemptionNotifications';

/**
 * An exemption notifier as the plugin makes it, over an outbox on `database`; `send` is
 * the notifications backend (the real boundary, faked). `outbox.settled()` waits for the
 * sends the notifier started; `outbox.deliverPending()` is the scheduled retry.
 */
export async function exemptionNotifierOn(
  database: DatabaseService,
  send: NotificationService['send'],
  options: { sendTimeoutMs?: number } = {},
) {
  const logger = mockServices.logger.mock();
  const outbox = await NotificationOutbox.create({
    database,
    notifications: { send },
    logger,
    ...options,
  });
  return { outbox, notifier: new ExemptionNotifier({ outbox }) };
}
