import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  catalogEntity,
  freshPluginDatabase,
  postgresTestsRun,
} from '@internal/stagecraft-test-utils';
import {
  DEFAULT_READINESS_RULES_CONFIG,
  READINESS_ROUTES,
} from '@stagecraft/plugin-readiness-common';
import express from 'express';
import Router from 'express-promise-router';
import supertest from 'supertest';
import { ExemptionStore } from '../database/ExemptionStore';
import { exemptionNotifierOn } from '../__testUtils__/exemptionNotifier';

/** The outbox's table in the plugin's database. */
const OUTBOX_TABLE = 'stagecraft_notification_outbox';
import { storeDatabases } from '../__testUtils__/storeDatabases';
import { addExemptionRoutes } from './exemptionRoutes';
import { ExemptionService } from './ExemptionService';
import { withErrorMiddleware } from '../__testUtils__/withErrorMiddleware';

jest.setTimeout(60_000);

const { databases } = storeDatabases(options => ExemptionStore.create(options));

const cart = catalogEntity('Component', 'cart', {
  type: 'service',
  lifecycle: 'production',
  owner: 'checkout-team',
});
const ANA = 'user:default/ana';
const LEAD = 'user:default/lead';
const DECISION_TITLE =
  'Exemption from "Runbook" on component:default/cart approved';

/** A promise and the functions that settle it, for a notifications backend that answers when told. */
function answerLater() {
  let answer!: () => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<void>((resolve, reject) => {
    answer = resolve;
    fail = reject;
  });
  return { promise, answer, fail };
}

describe('exemption decision notifications', () => {
  postgresTestsRun();

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    /** The exemption routes over a real store and outbox on one database; ana requested, the lead decides. */
    async function setUp(options: { sendTimeoutMs?: number } = {}) {
      const { knex, database } = await freshPluginDatabase(
        databases,
        databaseId,
      );
      const store = await ExemptionStore.create({ database });
      const sent: NotificationSendOptions[] = [];
      const send = jest.fn(async (notification: NotificationSendOptions) => {
        sent.push(notification);
      });
      const { outbox, notifier } = await exemptionNotifierOn(
        database,
        send,
        options,
      );
      const exemptions = new ExemptionService({
        store,
        catalog: catalogServiceMock({ entities: [cart] }),
        auth: mockServices.auth(),
        userInfo: mockServices.userInfo.mock({
          getUserInfo: async credentials => ({
            userEntityRef: (credentials.principal as { userEntityRef: string })
              .userEntityRef,
            ownershipEntityRefs: ['group:default/checkout-team'],
          }),
        }),
        permissions: mockServices.permissions.mock({
          authorize: async requests =>
            requests.map(() => ({ result: AuthorizeResult.ALLOW })),
        }),
        rules: DEFAULT_READINESS_RULES_CONFIG,
        settings: { maxDays: 90, allowSelfApproval: false, reminderDays: 7 },
        notifier,
      });
      const router = Router();
      router.use(express.json());
      addExemptionRoutes(router, {
        httpAuth: mockServices.httpAuth(),
        auditor: mockServices.auditor.mock(),
        exemptions,
      });
      const app = withErrorMiddleware(router);
      const requested = await exemptions.request(
        {
          entityRef: 'component:default/cart',
          checkId: 'runbook',
          reason: 'Moving the runbook to TechDocs',
          expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        },
        mockCredentials.user(ANA),
      );
      const approve = () =>
        supertest(app)
          .post(READINESS_ROUTES.exemptionApprove.path(requested.id))
          .set('Authorization', mockCredentials.user.header(LEAD))
          .send({ comment: 'Fine until the move' });
      return { knex, send, sent, outbox, approve, store, id: requested.id };
    }

    it('answers the approval without waiting for the notifications backend, then tells the requester once', async () => {
      const { send, sent, outbox, approve } = await setUp();
      const backend = answerLater();
      send.mockImplementationOnce(async notification => {
        await backend.promise;
        sent.push(notification);
      });

      const res = await approve();
      expect(res.status).toBe(200);
      expect(res.body.state).toBe('approved');
      expect(sent).toEqual([]);

      backend.answer();
      await outbox.settled();
      expect(sent).toEqual([
        expect.objectContaining({
          recipients: { type: 'entity', entityRef: ANA },
          payload: expect.objectContaining({ title: DECISION_TITLE }),
        }),
      ]);
      expect(await outbox.deliverPending()).toMatchObject({ sent: 0 });
      expect(send).toHaveBeenCalledTimes(1);
    });

    it('answers the approval when the notifications backend fails, and the retry pass delivers the decision once', async () => {
      const { send, sent, outbox, approve } = await setUp();
      const backend = answerLater();
      send.mockImplementationOnce(() => backend.promise);

      expect((await approve()).status).toBe(200);
      backend.fail(new Error('notifications backend unavailable'));
      await outbox.settled();
      expect(sent).toEqual([]);

      expect(await outbox.deliverPending()).toMatchObject({ sent: 1 });
      expect(await outbox.deliverPending()).toMatchObject({ sent: 0 });
      expect(sent.map(n => n.payload.title)).toEqual([DECISION_TITLE]);
    });

    it('counts a send that hangs as failed after the time limit, and the retry pass delivers it', async () => {
      const { send, sent, outbox, approve } = await setUp({
        sendTimeoutMs: 100,
      });
      send.mockImplementationOnce(() => new Promise(() => {}));

      expect((await approve()).status).toBe(200);
      await outbox.settled();
      expect(sent).toEqual([]);

      expect(await outbox.deliverPending()).toMatchObject({ sent: 1 });
      expect(sent.map(n => n.payload.title)).toEqual([DECISION_TITLE]);
    });

    it('refuses the approval, leaving the exemption requested, when the notice cannot be recorded; approving again tells the requester once', async () => {
      const { knex, sent, outbox, approve, store, id } = await setUp();
      // The outbox table is gone for a moment: recording the notice fails in the database.
      await knex.schema.renameTable(OUTBOX_TABLE, 'outbox_away');

      const refused = await approve();
      expect(refused.status).toBe(503);
      expect(refused.body.error.message).toContain(
        `readiness exemption ${id} (decided) failed, so the exemption was not changed`,
      );
      const kept = (await store.get(id, new Date()))!;
      expect(kept.state).toBe('requested');
      expect(kept.events.map(e => e.action)).toEqual(['requested']);

      await knex.schema.renameTable('outbox_away', OUTBOX_TABLE);
      expect((await approve()).status).toBe(200);
      await outbox.settled();
      expect(await outbox.deliverPending()).toMatchObject({ sent: 0 });
      expect(sent.map(n => n.payload.title)).toEqual([DECISION_TITLE]);
    });
  });
});
