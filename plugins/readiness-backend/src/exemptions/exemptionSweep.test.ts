import { DatabaseService } from '@backstage/backend-plugin-api';
import { mockServices, TestDatabaseId } from '@backstage/backend-test-utils';
import {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import {
  freshPluginDatabase,
  postgresTestsRun,
  replicaConnections,
} from '@internal/stagecraft-test-utils';
import { ExemptionStore } from '../database/ExemptionStore';
import { runExemptionSweep } from './exemptionSweep';
import { approvedExemption } from '../__testUtils__/approvedExemption';
import { exemptionNotifierOn } from '../__testUtils__/exemptionNotifier';
import { storeDatabases } from '../__testUtils__/storeDatabases';

jest.setTimeout(60_000);

const { databases } = storeDatabases(options => ExemptionStore.create(options));

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

/** A notification whose title matches `title`. */
const noticeTitled = (title: unknown) =>
  expect.objectContaining({ payload: expect.objectContaining({ title }) });

/** The exemption's audit trail as `[action, at]`. */
const historyOf = async (store: ExemptionStore, id: string, now: Date) =>
  (await store.get(id, now))!.events.map(e => [e.action, e.at]);

/** The audit trail of one approved at the request, reminded and expired on those days after it. */
const remindedThenExpired = (remindedDay: number, expiredDay: number) => [
  ['requested', requestedAt.toISOString()],
  ['approved', requestedAt.toISOString()],
  ['reminded', at(remindedDay).toISOString()],
  ['expired', at(expiredDay).toISOString()],
];

describe('runExemptionSweep', () => {
  postgresTestsRun();

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    const replicaConnection = replicaConnections();

    /** One replica: its store and outbox share the database, as in the plugin; a sweep waits for its sends. */
    async function replicaOn(
      database: DatabaseService,
      send: NotificationService['send'],
      options = { sendTimeoutMs: 30_000 },
      catalog = { down: false },
    ) {
      const store = await ExemptionStore.create({ database });
      const { outbox, notifier } = await exemptionNotifierOn(
        database,
        send,
        options,
      );
      const sweep = async (now: Date) => {
        await runExemptionSweep({
          store,
          ownerOf: async ref => {
            if (catalog.down) throw new Error('catalog unavailable');
            return ref.endsWith('/orphan')
              ? undefined
              : 'group:default/checkout-team';
          },
          checkTitle: () => 'Runbook',
          notifier,
          reminderDays: 7,
          logger: mockServices.logger.mock(),
          now: () => now,
        });
        await outbox.settled();
      };
      return { store, sweep, outbox };
    }

    async function setUp(
      id: TestDatabaseId,
      options?: { sendTimeoutMs: number },
    ) {
      const { database } = await freshPluginDatabase(databases, id);
      const send = jest.fn(async () => {});
      const catalog = { down: false };
      return {
        send,
        catalog,
        ...(await replicaOn(database, send, options, catalog)),
      };
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
      expect(await historyOf(store, id, at(21))).toEqual(
        remindedThenExpired(13, 20),
      );
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
        noticeTitled(
          expect.stringContaining('component:default/cart has expired'),
        ),
      );
    });

    it('tells the owner on a later pass when looking them up failed, the reminder and the expiry each once', async () => {
      const { store, send, sweep, catalog } = await setUp(databaseId);
      const id = await approved(store, 'cart', 20);
      /** The lookup fails on `day`'s sweep, then works on the next two: one notice, titled `title`. */
      const sweepThroughLookupOutage = async (
        day: number,
        sentBefore: number,
        title: string,
      ) => {
        catalog.down = true;
        await sweep(at(day));
        expect(send).toHaveBeenCalledTimes(sentBefore);
        catalog.down = false;
        await sweep(at(day + 1));
        await sweep(at(day + 2));
        expect(send).toHaveBeenCalledTimes(sentBefore + 1);
        expect(send).toHaveBeenLastCalledWith(
          noticeTitled(expect.stringContaining(title)),
        );
      };

      await sweepThroughLookupOutage(13, 0, 'expires on 2026-12-21');
      await sweepThroughLookupOutage(20, 1, 'has expired');
      expect(await historyOf(store, id, at(22))).toEqual(
        remindedThenExpired(14, 21),
      );
    });

    it('keeps the expiry notice of a failed or hanging send, and the retry pass delivers it once', async () => {
      const { store, send, sweep, outbox } = await setUp(databaseId, {
        sendTimeoutMs: 100,
      });
      await approved(store, 'cart', 3);
      await approved(store, 'pay', 3);
      // The notifications backend refuses one send and never answers the other.
      send
        .mockRejectedValueOnce(new Error('notifications backend unavailable'))
        .mockImplementationOnce(() => new Promise(() => {}));
      await sweep(at(4));
      expect(send).toHaveBeenCalledTimes(2);

      // A later sweep records nothing new; the retry pass sends both, once.
      await sweep(at(5));
      expect(send).toHaveBeenCalledTimes(2);
      expect(await outbox.deliverPending()).toMatchObject({
        sent: 2,
        failed: 0,
      });
      expect(await outbox.deliverPending()).toMatchObject({ sent: 0 });
      const titles = send.mock.calls.map(
        ([options]: any) => options.payload.title,
      );
      expect(titles.slice(2).sort()).toEqual([
        'Exemption from "Runbook" on component:default/cart has expired',
        'Exemption from "Runbook" on component:default/pay has expired',
      ]);
    });

    it('sends each notice once when two replicas, each with its own outbox and connections, sweep and retry at once', async () => {
      const { knex, database } = await freshPluginDatabase(
        databases,
        databaseId,
      );
      const second = replicaConnection(knex);
      const send = jest.fn(async (_: NotificationSendOptions) => {});
      const a = await replicaOn(database, send);
      const b = await replicaOn({ getClient: async () => second }, send);
      await approved(a.store, 'cart', 3);
      await approved(a.store, 'pay', 3);
      send.mockRejectedValueOnce(
        new Error('notifications backend unavailable'),
      );

      await Promise.all([a.sweep(at(4)), b.sweep(at(4))]);
      await Promise.all([a.outbox.deliverPending(), b.outbox.deliverPending()]);
      await Promise.all([a.outbox.deliverPending(), b.outbox.deliverPending()]);

      // Two notices, one of them refused once and retried: three sends in all.
      expect(send).toHaveBeenCalledTimes(3);
      expect(
        send.mock.calls
          .slice(1)
          .map(([options]) => options.payload.title)
          .sort(),
      ).toEqual([
        'Exemption from "Runbook" on component:default/cart has expired',
        'Exemption from "Runbook" on component:default/pay has expired',
      ]);
    });
  });
});
