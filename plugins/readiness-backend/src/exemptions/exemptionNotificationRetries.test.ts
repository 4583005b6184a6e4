import { mockServices } from '@backstage/backend-test-utils';
import { freshPluginDatabase } from '@internal/stagecraft-test-utils';
import { exemptionNotifierOn } from '../__testUtils__/exemptionNotifier';
import { storeDatabases } from '../__testUtils__/storeDatabases';
import { ExemptionStore } from '../database/ExemptionStore';
import {
  EXEMPTION_NOTIFICATIONS_TASK_ID,
  scheduleExemptionNotificationRetries,
} from './exemptionNotificationRetries';

const { databases } = storeDatabases(options => ExemptionStore.create(options));

describe('scheduleExemptionNotificationRetries', () => {
  it('every five minutes, on one replica, sends what a failed send left in the outbox', async () => {
    const { database } = await freshPluginDatabase(databases, 'SQLITE_3');
    const send = jest.fn(async () => {});
    const { outbox } = await exemptionNotifierOn(database, send);
    const scheduler = mockServices.scheduler.mock();
    const logger = mockServices.logger.mock();
    await scheduleExemptionNotificationRetries(scheduler, outbox, logger);
    expect(scheduler.scheduleTask).toHaveBeenCalledWith(
      expect.objectContaining({
        id: EXEMPTION_NOTIFICATIONS_TASK_ID,
        frequency: { minutes: 5 },
        scope: 'global',
      }),
    );
    const [task] = scheduler.scheduleTask.mock.calls[0];

    send.mockRejectedValueOnce(new Error('notifications backend unavailable'));
    await outbox.enqueue('readiness:exemption:1:decided', {
      recipients: { type: 'entity', entityRef: 'user:default/ana' },
      payload: { title: 'Exemption approved' },
    });
    await outbox.settled();
    await task.fn(new AbortController().signal);
    expect(send).toHaveBeenCalledTimes(2);
    expect(logger.info).toHaveBeenCalledWith(
      'Exemption notifications retried: 1 sent, 0 failed',
    );
  });
});
