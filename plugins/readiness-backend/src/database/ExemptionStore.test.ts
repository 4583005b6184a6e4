import { postgresTestsRun } from '@internal/stagecraft-test-utils';
import { ExemptionRequestInput } from '@stagecraft/plugin-readiness-common';
import { ExemptionStore } from './ExemptionStore';
import { approvedExemption } from '../__testUtils__/approvedExemption';
import { storeDatabases } from '../__testUtils__/storeDatabases';

jest.setTimeout(60_000);

const { databases, storeOn: createStore } = storeDatabases(options =>
  ExemptionStore.create(options),
);

const now = new Date('2026-12-06T12:00:00.000Z');
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);

const input: ExemptionRequestInput = {
  entityRef: 'component:default/orders-api',
  checkId: 'runbook',
  reason: 'The runbook moves to TechDocs next sprint',
  expiresAt: later(10).toISOString(),
};

const ana = 'user:default/ana';
const lead = 'user:default/sre-lead';

describe('ExemptionStore', () => {
  postgresTestsRun();

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it('records a request, its approval and withdrawal, each step in the audit trail', async () => {
      const store = await createStore(databaseId);
      const requested = await store.request(input, { actor: ana, now });
      expect(requested).toEqual({
        id: expect.any(String),
        ...input,
        state: 'requested',
        requestedBy: ana,
        requestedAt: now.toISOString(),
        events: [{ action: 'requested', at: now.toISOString(), actor: ana }],
      });
      const { id } = requested;
      expect(
        await store.transition(id, ['requested'], 'approved', {
          actor: lead,
          comment: 'Fine until the move',
          now: later(1),
        }),
      ).toBe(true);
      // A second decision loses: the state is no longer requested.
      expect(
        await store.transition(id, ['requested'], 'denied', {
          actor: lead,
          now: later(1),
        }),
      ).toBe(false);
      expect(await store.listActive(later(2))).toEqual([
        expect.objectContaining({
          id,
          state: 'approved',
          decidedBy: lead,
          decidedAt: later(1).toISOString(),
          decisionComment: 'Fine until the move',
        }),
      ]);
      expect(
        await store.transition(id, ['requested', 'approved'], 'withdrawn', {
          actor: ana,
          now: later(2),
        }),
      ).toBe(true);
      const withHistory = await store.get(id, later(3));
      expect(withHistory?.state).toBe('withdrawn');
      expect(withHistory?.events).toEqual([
        { action: 'requested', at: now.toISOString(), actor: ana },
        {
          action: 'approved',
          at: later(1).toISOString(),
          actor: lead,
          comment: 'Fine until the move',
        },
        { action: 'withdrawn', at: later(2).toISOString(), actor: ana },
      ]);
      expect(await store.listActive(later(3))).toEqual([]);
      expect(await store.get('no-such-id', now)).toBeUndefined();
    });

    it('keeps at most one open exemption per entity and check', async () => {
      const store = await createStore(databaseId);
      const first = await store.request(input, { actor: ana, now });
      await expect(store.request(input, { actor: lead, now })).rejects.toThrow(
        `component:default/orders-api already has an exemption from runbook that is requested (${first.id}); withdraw it first`,
      );
      // Another check, or the same after a denial, is fine.
      await store.request(
        { ...input, checkId: 'monitors' },
        { actor: ana, now },
      );
      await store.transition(first.id, ['requested'], 'denied', {
        actor: lead,
        now,
      });
      const second = await store.request(input, { actor: ana, now });
      await store.transition(second.id, ['requested'], 'approved', {
        actor: lead,
        now,
      });
      await expect(store.request(input, { actor: ana, now })).rejects.toThrow(
        /that is approved/,
      );
      // Once the approved one has lapsed, a new request records its expiry and goes ahead.
      const third = await store.request(
        { ...input, expiresAt: later(20).toISOString() },
        { actor: ana, now: later(11) },
      );
      expect(third.state).toBe('requested');
      expect((await store.get(second.id, later(11)))?.events.at(-1)).toEqual({
        action: 'expired',
        at: later(11).toISOString(),
      });
    });

    it('reads an approved exemption past its expiry as expired, and records the expiry once', async () => {
      const store = await createStore(databaseId);
      const id = await approvedExemption(store, input, now);
      expect(await store.list({ state: 'expired' }, later(10))).toEqual([
        expect.objectContaining({ id, state: 'expired' }),
      ]);
      expect(await store.list({ state: 'approved' }, later(10))).toEqual([]);
      expect(await store.listActive(later(9))).toHaveLength(1);
      // Withdrawing or approving an expired exemption changes nothing.
      expect(
        await store.transition(id, ['approved'], 'withdrawn', {
          actor: ana,
          now: later(10),
        }),
      ).toBe(false);
      expect(await store.expireLapsed(later(9))).toEqual([]);
      const [expired] = await store.expireLapsed(later(10));
      expect(expired).toMatchObject({ id, state: 'expired' });
      expect(await store.expireLapsed(later(11))).toEqual([]);
      const trail = (await store.get(id, later(11)))!.events;
      expect(trail.map(e => e.action)).toEqual([
        'requested',
        'approved',
        'expired',
      ]);
    });

    it('finds exemptions due for a reminder and records each reminder once', async () => {
      const store = await createStore(databaseId);
      const id = await approvedExemption(store, input, now);
      expect(await store.dueForReminder(later(2), 7)).toEqual([]);
      expect((await store.dueForReminder(later(3), 7)).map(e => e.id)).toEqual([
        id,
      ]);
      const results = await Promise.all([
        store.markReminded(id, later(3)),
        store.markReminded(id, later(3)),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.dueForReminder(later(4), 7)).toEqual([]);
      expect(
        (await store.get(id, later(4)))!.events.filter(
          e => e.action === 'reminded',
        ),
      ).toEqual([{ action: 'reminded', at: later(3).toISOString() }]);
    });

    it('records a step only with what it writes in its transaction: a failure of that leaves the step unrecorded', async () => {
      const store = await createStore(databaseId);
      const failing = async () => {
        throw new Error('the notice could not be recorded');
      };
      const { id } = await store.request(input, { actor: ana, now });
      await expect(
        store.transition(
          id,
          ['requested'],
          'approved',
          { actor: lead, now },
          failing,
        ),
      ).rejects.toThrow('the notice could not be recorded');
      const seen: string[] = [];
      expect(
        await store.transition(
          id,
          ['requested'],
          'approved',
          { actor: lead, comment: 'Fine', now },
          async (_tx, approved) => {
            seen.push(`${approved.state} by ${approved.decidedBy}`);
          },
        ),
      ).toBe(true);
      expect(seen).toEqual([`approved by ${lead}`]);

      await expect(store.markReminded(id, later(3), failing)).rejects.toThrow();
      await expect(store.expire(id, later(10), failing)).rejects.toThrow();
      expect(
        (await store.get(id, later(10)))!.events.map(e => e.action),
      ).toEqual(['requested', 'approved']);
      expect(await store.markReminded(id, later(3))).toBe(true);
      expect(await store.expire(id, later(10))).toBe(true);
    });

    it('filters by entity, check and state', async () => {
      const store = await createStore(databaseId);
      const a = await store.request(input, { actor: ana, now });
      const b = await store.request(
        { ...input, entityRef: 'component:default/payments-api' },
        { actor: ana, now: later(1) },
      );
      expect((await store.list({}, now)).map(e => e.id)).toEqual([b.id, a.id]);
      expect(
        (
          await store.list({ entityRef: 'component:default/payments-api' }, now)
        ).map(e => e.id),
      ).toEqual([b.id]);
      expect(await store.list({ checkId: 'monitors' }, now)).toEqual([]);
      expect(await store.list({ state: 'denied' }, now)).toEqual([]);
      expect(await store.list({ state: 'requested' }, now)).toHaveLength(2);
    });
  });
});
