import { mockServices } from '@backstage/backend-test-utils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import { TRANSITIONS_TABLE } from './migrations';
import { createTestDatabases } from '@internal/stagecraft-test-utils';
import { TransitionTracker } from './TransitionTracker';
import { ObservedState } from './types';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const runbook = (
  state: ObservedState['state'],
  more: Partial<ObservedState> = {},
): ObservedState => ({
  key: 'readiness:runbook:component:default/orders',
  entityRef: 'component:default/orders',
  ownerRef: 'group:default/orders-team',
  state,
  severity: state === 'passing' ? 'low' : 'high',
  topic: 'readiness:runbook',
  title: `orders: runbook ${state}`,
  description: 'Add a runbook link',
  link: '/catalog/default/component/orders',
  ...more,
});

describe.each(databases.eachSupportedId())('TransitionTracker on %p', id => {
  let knex: Knex;
  let sent: NotificationSendOptions[];
  let send: jest.Mock;
  let clock: Date;
  const logger = mockServices.logger.mock();

  async function tracker(
    options: { sendTimeoutMs?: number; claimMs?: number } = {},
  ) {
    return TransitionTracker.create({
      database: { getClient: async () => knex },
      notifications: { send },
      logger,
      now: () => clock,
      ...options,
    });
  }

  beforeEach(async () => {
    knex = await databases.init(id);
    sent = [];
    send = jest.fn(async (options: NotificationSendOptions) => {
      sent.push(options);
    });
    clock = new Date('2026-12-06T10:00:00Z');
    jest.clearAllMocks();
  });

  it('records a first good state silently and notifies a first bad one', async () => {
    const transitions = await tracker();
    const summary = await transitions.observe([
      runbook('passing'),
      runbook('failing', {
        key: 'readiness:monitors:component:default/orders',
        topic: 'readiness:monitors',
        title: 'orders: monitors failing',
      }),
    ]);
    expect(summary).toMatchObject({
      observed: 2,
      changed: 2,
      sent: 1,
      skipped: 1,
    });
    expect(sent).toEqual([
      {
        recipients: { type: 'entity', entityRef: 'group:default/orders-team' },
        payload: {
          title: 'orders: monitors failing',
          description: 'Add a runbook link',
          link: '/catalog/default/component/orders',
          severity: 'high',
          topic: 'readiness:monitors',
          scope: 'readiness:monitors:component:default/orders',
        },
      },
    ]);
  });

  it('sends once per transition, and nothing while the state holds', async () => {
    const transitions = await tracker();
    await transitions.observe([runbook('passing')]);
    await transitions.observe([runbook('passing')]);
    expect(sent).toHaveLength(0);

    await transitions.observe([runbook('failing')]);
    await transitions.observe([runbook('failing')]);
    expect(sent.map(s => s.payload.title)).toEqual(['orders: runbook failing']);

    await transitions.observe([runbook('passing')]);
    await transitions.observe([runbook('passing')]);
    expect(sent.map(s => s.payload.title)).toEqual([
      'orders: runbook failing',
      'orders: runbook passing',
    ]);
    expect(sent[1].payload.severity).toBe('low');
  });

  it('a second tracker on the same database knows what the first recorded', async () => {
    await (await tracker()).observe([runbook('failing')]);
    const restarted = await tracker();
    await restarted.observe([runbook('failing')]);
    expect(sent).toHaveLength(1);
  });

  it('tells of a bad state turning into another bad one, not of good to good', async () => {
    const transitions = await tracker();
    const secret = (state: string, healthy: boolean) =>
      runbook(state, { key: 'secrets:db-password', healthy, title: state });
    await transitions.observe([secret('compliant', true)]);
    await transitions.observe([secret('exempt', true)]);
    expect(sent).toHaveLength(0);
    await transitions.observe([secret('overdue', false)]);
    await transitions.observe([secret('ghost', false)]);
    await transitions.observe([secret('compliant', true)]);
    expect(sent.map(s => s.payload.title)).toEqual([
      'overdue',
      'ghost',
      'compliant',
    ]);
  });

  it('an observation older than the one recorded changes nothing', async () => {
    const transitions = await tracker();
    const at = (iso: string) => new Date(`2026-12-06T${iso}Z`);
    await transitions.observe([
      runbook('passing', { observedAt: at('09:00:00') }),
    ]);
    // A slow run that evaluated at 09:30 finishes after a newer evaluation at 09:45 ...
    await transitions.observe([
      runbook('passing', { observedAt: at('09:45:00') }),
    ]);
    const stale = await transitions.observe([
      runbook('failing', { observedAt: at('09:30:00') }),
    ]);
    expect(stale).toMatchObject({ changed: 0, sent: 0 });
    // ... while a newer one does.
    await transitions.observe([
      runbook('failing', { observedAt: at('09:50:00') }),
    ]);
    expect(sent.map(s => s.payload.title)).toEqual(['orders: runbook failing']);
  });

  it('sends one notification for a key given twice in one call (the last state)', async () => {
    const transitions = await tracker();
    await transitions.observe([runbook('passing'), runbook('failing')]);
    expect(sent.map(s => s.payload.title)).toEqual(['orders: runbook failing']);
  });

  it('logs a failed send and retries it on the next cycle, once', async () => {
    const transitions = await tracker();
    await transitions.observe([runbook('passing')]);
    send.mockRejectedValueOnce(new Error('notifications backend unavailable'));
    const first = await transitions.observe([runbook('failing')]);
    expect(first).toMatchObject({ changed: 1, sent: 0, failed: 1 });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('notifications backend unavailable'),
    );
    const [row] = await knex(TRANSITIONS_TABLE);
    expect(row.attempts).toBe(1);

    const retry = await transitions.observe([runbook('failing')]);
    expect(retry).toMatchObject({ changed: 0, sent: 1, failed: 0 });
    await transitions.observe([runbook('failing')]);
    expect(send).toHaveBeenCalledTimes(2); // the failed attempt and the retry
    expect(sent.map(s => s.payload.title)).toEqual(['orders: runbook failing']);
  });

  it('counts a send that does not answer in time as failed, and retries it', async () => {
    const transitions = await tracker({ sendTimeoutMs: 50 });
    send.mockImplementationOnce(() => new Promise(() => {}));
    const first = await transitions.observe([runbook('failing')]);
    expect(first).toMatchObject({ sent: 0, failed: 1 });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('timed out after 50 ms'),
    );
    expect(await transitions.observe([runbook('failing')])).toMatchObject({
      sent: 1,
    });
  });

  it('does not announce a recovery of a failure the owner never heard of', async () => {
    const transitions = await tracker();
    await transitions.observe([runbook('passing')]);
    send.mockRejectedValueOnce(new Error('down'));
    await transitions.observe([runbook('failing')]);
    const back = await transitions.observe([runbook('passing')]);
    expect(back).toMatchObject({ sent: 0, skipped: 1 });
    expect(sent).toHaveLength(0);
    // ...but the next failure is told.
    await transitions.observe([runbook('failing')]);
    expect(sent.map(s => s.payload.title)).toEqual(['orders: runbook failing']);
  });

  it('records a transition of an entity without an owner, and tells nobody', async () => {
    const transitions = await tracker();
    const summary = await transitions.observe([
      runbook('failing', { ownerRef: undefined }),
    ]);
    expect(summary).toMatchObject({ changed: 1, skipped: 1, sent: 0 });
    expect(await transitions.observe([runbook('failing')])).toMatchObject({
      sent: 0,
    });
    expect(sent).toHaveLength(0);
  });

  it('takes over a claim left by an instance that stopped mid-send, once it expires', async () => {
    const transitions = await tracker({ claimMs: 60_000 });
    await transitions.observe([runbook('passing')]);
    await transitions.observe([runbook('failing')]);
    // As if another replica had claimed the next transition and died before sending.
    await knex(TRANSITIONS_TABLE).update({
      state: 'passing',
      healthy: true,
      version: 3,
      claim_token: 'dead-replica',
      claim_until: clock.getTime() + 60_000,
    });
    expect(await transitions.observe([runbook('passing')])).toMatchObject({
      claimedElsewhere: 1,
      sent: 0,
    });
    clock = new Date(clock.getTime() + 61_000);
    expect(await transitions.observe([runbook('passing')])).toMatchObject({
      sent: 1,
    });
    expect(sent.map(s => s.payload.title)).toEqual([
      'orders: runbook failing',
      'orders: runbook passing',
    ]);
  });
});
