import { mockServices, TestDatabaseId } from '@backstage/backend-test-utils';
import { postgresTestsRun } from '@internal/stagecraft-test-utils';
import { ExemptionStore } from '../database/ExemptionStore';
import { ExemptionNotifier } from './exemptionNotifications';
import { runExemptionSweep } from './exemptionSweep';
import { approvedExemption } from '../__testUtils__/approvedExemption';
import { storeDatabases } from '../__testUtils__/storeDatabases';

jest.setTimeout(60_000);

const { databases, storeOn } = storeDatabases(options =>
  ExemptionStore.create(options),
);

const DAY = 86_400_000;
const requestedAt = new Date('2026-12-01T09:00:00.000Z');
const at = (days: number) => new Date(requestedAt.getTime() + days * DAY);

/** An approved exemption of `name`'s runbook check, expiring `days` after the request. */
const approved = (store: ExemptionStore, name: string, days: number) =>
  approvedExemption(
    store,
    {
      entityRef: `component:default/${name}`,
      checkId: 'runbook',
      reason: 'Moving the runbook to TechDocs',
      expiresAt: at(days).toISOString(),
    },
    requestedAt,
  );

describe('runExemptionSweep', () => {
  postgresTestsRun();

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    async function setUp(id: TestDatabaseId) {
      const store = await storeOn(id);
      const send = jest.fn(async () => {});
      const notifier = new ExemptionNotifier({
        notifications: { send } as any,
        logger: mockServices.logger.mock(),
      });
      const sweep = (now: Date) =>
        runExemptionSweep({
          store,
          ownerOf: async ref =>
            ref.endsWith('/orphan') ? undefined : 'group:default/checkout-team',
          checkTitle: () => 'Runbook',
          notifier,
          reminderDays: 7,
          logger: mockServices.logger.mock(),
          now: () => now,
        });
      return { store, send, sweep };
    }

    it('reminds the owner once a week before expiry, and tells them once when it has expired, however many replicas sweep', async () => {
      const { store, send, sweep } = await setUp(databaseId);
      const id = await approved(store, 'cart', 20);

      await sweep(at(12));
      expect(send).not.toHaveBeenCalled();

      // Two replicas sweep at once: one reminder.
      await Promise.all([sweep(at(13)), sweep(at(13))]);
      expect(send).toHaveBeenCalledTimes(1);
      expect(send).toHaveBeenLastCalledWith({
        recipients: {
          type: 'entity',
          entityRef: 'group:default/checkout-team',
        },
        payload: expect.objectContaining({
          title:
            'Exemption from "Runbook" on component:default/cart expires on 2026-12-21',
          topic: 'readiness:exemption',
          scope: `readiness:exemption:${id}`,
          link: '/catalog/default/component/cart',
          severity: 'normal',
        }),
      });
      await sweep(at(14));
      expect(send).toHaveBeenCalledTimes(1);

      await Promise.all([sweep(at(20)), sweep(at(20))]);
      expect(send).toHaveBeenCalledTimes(2);
      expect(send).toHaveBeenLastCalledWith(
        expect.objectContaining({
          payload: expect.objectContaining({
            title:
              'Exemption from "Runbook" on component:default/cart has expired',
            severity: 'high',
          }),
        }),
      );
      await sweep(at(21));
      expect(send).toHaveBeenCalledTimes(2);
      expect(
        (await store.get(id, at(21)))!.events.map(e => [e.action, e.at]),
      ).toEqual([
        ['requested', requestedAt.toISOString()],
        ['approved', requestedAt.toISOString()],
        ['reminded', at(13).toISOString()],
        ['expired', at(20).toISOString()],
      ]);
    });

    it('records the expiry of an entity without an owner, telling nobody, and goes on with the others', async () => {
      const { store, send, sweep } = await setUp(databaseId);
      const orphan = await approved(store, 'orphan', 3);
      await approved(store, 'cart', 3);
      await sweep(at(4));
      expect((await store.get(orphan, at(4)))!.events.at(-1)?.action).toBe(
        'expired',
      );
      // The cart's reminder (it expired before one was due) and expiry: the expiry only.
      expect(send).toHaveBeenCalledTimes(1);
      expect(send).toHaveBeenCalledWith(
        expect.objectContaining({
          payload: expect.objectContaining({
            title: expect.stringContaining(
              'component:default/cart has expired',
            ),
          }),
        }),
      );
    });
  });
});
