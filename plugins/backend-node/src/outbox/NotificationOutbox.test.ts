import { mockServices } from '@backstage/backend-test-utils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import {
  createTestDatabases,
  replicaConnections,
} from '@internal/stagecraft-test-utils';
import { Knex } from 'knex';
import { fakeNotifications } from '../transitions/__testUtils__/fakeNotifications';
import { OUTBOX_TABLE } from './migrations';
import { NotificationOutbox } from './NotificationOutbox';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const decision = (title: string): NotificationSendOptions => ({
  recipients: { type: 'entity', entityRef: 'user:default/ana' },
  payload: { title, topic: 'readiness:exemption', scope: 'exemption-1' },
});

describe.each(databases.eachSupportedId())('NotificationOutbox on %p', id => {
  const logger = mockServices.logger.mock();
  let knex: Knex;
  let clock: Date;
  let { send, sent } = fakeNotifications();
  const replicaConnection = replicaConnections();

  beforeEach(async () => {
    jest.clearAllMocks();
    knex = await databases.init(id);
    clock = new Date('2026-12-06T10:00:00Z');
    ({ send, sent } = fakeNotifications());
  });

  const outboxOn = (
    client: Knex,
    options: { sendTimeoutMs?: number; maxAttempts?: number } = {},
  ) =>
    NotificationOutbox.create({
      database: { getClient: async () => client },
      notifications: { send },
      logger,
      now: () => clock,
      ...options,
    });

  it('sends an enqueued notification once, however often its key is enqueued', async () => {
    const outbox = await outboxOn(knex);
    await outbox.enqueue('exemption-1:approved', decision('Approved'));
    await outbox.enqueue('exemption-1:approved', decision('Approved'));
    await outbox.settled();
    expect(await outbox.deliverPending()).toEqual({
      sent: 0,
      failed: 0,
      claimedElsewhere: 0,
    });
    expect(sent).toEqual([decision('Approved')]);
  });

  it('retries a failed send on the next pass, and then delivers it once', async () => {
    const outbox = await outboxOn(knex);
    send.mockRejectedValueOnce(new Error('notifications backend unavailable'));
    await outbox.enqueue('exemption-1:approved', decision('Approved'));
    await outbox.settled();
    expect(sent).toEqual([]);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('notifications backend unavailable'),
    );
    const [row] = await knex(OUTBOX_TABLE);
    expect(row).toMatchObject({ attempts: 1, sent_at: null });

    expect(await outbox.deliverPending()).toMatchObject({ sent: 1 });
    expect(await outbox.deliverPending()).toMatchObject({ sent: 0 });
    expect(send).toHaveBeenCalledTimes(2);
    expect(sent).toEqual([decision('Approved')]);
  });

  it('counts a send that does not answer in time as failed, and retries it', async () => {
    const outbox = await outboxOn(knex, { sendTimeoutMs: 50 });
    send.mockImplementationOnce(() => new Promise(() => {}));
    await outbox.enqueue('exemption-1:approved', decision('Approved'));
    await outbox.settled();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('timed out after 50 ms'),
    );
    expect(await outbox.deliverPending()).toMatchObject({ sent: 1 });
    expect(sent).toEqual([decision('Approved')]);
  });

  it('gives up after maxAttempts failed sends, with an error logged', async () => {
    const outbox = await outboxOn(knex, { maxAttempts: 2 });
    send.mockRejectedValue(new Error('down'));
    await outbox.enqueue('exemption-1:approved', decision('Approved'));
    await outbox.settled();
    expect(await outbox.deliverPending()).toMatchObject({ failed: 1 });
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining('failed 2 times; given up: down'),
    );
    expect(await outbox.deliverPending()).toMatchObject({ failed: 0 });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('takes over a claim left by an instance that stopped mid-send, once it expires', async () => {
    const outbox = await outboxOn(knex);
    send.mockRejectedValueOnce(new Error('down'));
    await outbox.enqueue('exemption-1:approved', decision('Approved'));
    await outbox.settled();
    await knex(OUTBOX_TABLE).update({
      claim_token: 'dead-replica',
      claim_until: clock.getTime() + 60_000,
    });
    expect(await outbox.deliverPending()).toMatchObject({ sent: 0 });
    clock = new Date(clock.getTime() + 61_000);
    expect(await outbox.deliverPending()).toMatchObject({ sent: 1 });
    expect(sent).toEqual([decision('Approved')]);
  });

  it('forgets sent notifications after keepSentDays', async () => {
    const outbox = await outboxOn(knex);
    await outbox.enqueue('exemption-1:approved', decision('Approved'));
    await outbox.settled();
    clock = new Date(clock.getTime() + 29 * 86_400_000);
    await outbox.deliverPending();
    expect(await knex(OUTBOX_TABLE)).toHaveLength(1);
    clock = new Date(clock.getTime() + 2 * 86_400_000);
    await outbox.deliverPending();
    expect(await knex(OUTBOX_TABLE)).toHaveLength(0);
  });

  it('keeps a notification enqueued in a transaction only when it commits, and sends it after the commit', async () => {
    const outbox = await outboxOn(knex);
    await expect(
      knex.transaction(async tx => {
        await outbox.enqueue('exemption-1:approved', decision('Approved'), {
          transaction: tx,
        });
        throw new Error('the decision failed');
      }),
    ).rejects.toThrow('the decision failed');
    await outbox.settled();
    expect(await knex(OUTBOX_TABLE)).toEqual([]);
    expect(sent).toEqual([]);

    await knex.transaction(async tx => {
      await outbox.enqueue('exemption-2:approved', decision('Approved'), {
        transaction: tx,
      });
      await new Promise(resolve => setTimeout(resolve, 50));
      expect(send).not.toHaveBeenCalled();
    });
    await outbox.settled();
    expect(sent).toEqual([decision('Approved')]);
    expect(await outbox.deliverPending()).toMatchObject({ sent: 0 });
  });

  it('sends each notification once when two replicas enqueue and retry the same ones at once', async () => {
    const second = replicaConnection(knex);
    const replicaA = await outboxOn(knex);
    const replicaB = await outboxOn(second);
    const keys = Array.from({ length: 20 }, (_, i) => `exemption-${i}`);
    // Every other first send fails, so the retries race too.
    let calls = 0;
    send.mockImplementation(async (options: NotificationSendOptions) => {
      await new Promise(resolve => setTimeout(resolve, Math.random() * 10));
      if (calls++ % 2 === 0) throw new Error('flaky');
      sent.push(options);
    });
    await Promise.all(
      keys.flatMap(key => [
        replicaA.enqueue(key, decision(key)),
        replicaB.enqueue(key, decision(key)),
      ]),
    );
    await Promise.all([replicaA.settled(), replicaB.settled()]);
    send.mockImplementation(async (options: NotificationSendOptions) => {
      await new Promise(resolve => setTimeout(resolve, Math.random() * 10));
      sent.push(options);
    });
    await Promise.all([replicaA.deliverPending(), replicaB.deliverPending()]);
    await Promise.all([replicaA.deliverPending(), replicaB.deliverPending()]);
    expect(sent.map(s => s.payload.title).sort()).toEqual([...keys].sort());
  });
});
