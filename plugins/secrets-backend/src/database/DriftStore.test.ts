import { POSTGRES_ID } from '@internal/stagecraft-test-utils';
import { finding, findingCounts, storeRun } from '../__testUtils__/storeDrift';
import * as testDb from '../__testUtils__/testDatabases';
import { VAULT } from '../__testUtils__/refs';
import { DriftStore } from './DriftStore';

jest.setTimeout(60_000);

const AWS = 'resource:default/aws-secrets-manager-prod';

const shadow = finding(VAULT, 'shadow', { item: 'kv/shared/ci-token' });
const ghost = finding(VAULT, 'ghost', {
  secret: 'resource:default/orders-db',
});
const overdue = finding(VAULT, 'rotation-overdue', {
  secret: 'resource:default/orders-db',
});

describe('DriftStore', () => {
  testDb.postgresTestsRun();

  describe.each(testDb.databases.eachSupportedId())('on %s', databaseId => {
    it("stores each store's latest run, which a second instance on the same database reads", async () => {
      const { knex, store } = await testDb.driftStoreOn(databaseId);
      const vault = storeRun(VAULT, '2026-12-05T12:00:00.000Z', [shadow]);
      await store.saveRun(vault);
      await store.saveRun(storeRun(AWS, '2026-12-05T12:00:01.000Z', []));
      const replica = new DriftStore(knex);
      expect(await replica.listLatest()).toEqual([
        storeRun(AWS, '2026-12-05T12:00:01.000Z', []),
        vault,
      ]);
      expect(await replica.getLatest(VAULT)).toEqual(vault);
      expect(await replica.getLatest('resource:default/other')).toBe(undefined);
    });

    it('keeps the last good findings, coverage and rotations of a store that cannot be read, marked unknown', async () => {
      const { store } = await testDb.driftStoreOn(databaseId);
      const good = storeRun(VAULT, '2026-12-05T12:00:00.000Z', [shadow, ghost]);
      await store.saveRun(good);
      const saved = await store.saveRun(
        storeRun(VAULT, '2026-12-05T13:00:00.000Z', 'unknown'),
      );
      const expected = {
        store: VAULT,
        provider: 'hashicorp-vault',
        simulated: false,
        status: 'unknown',
        checkedAt: '2026-12-05T13:00:00.000Z',
        problem: 'access-denied: Vault refused the token',
        lastGoodAt: '2026-12-05T12:00:00.000Z',
        items: 10,
        itemsInCatalog: 8,
        findings: [shadow, ghost],
        rotations: good.rotations,
      };
      expect(saved).toMatchObject({
        drift: expected,
        written: true,
        appeared: [],
        resolved: [],
      });
      expect(await store.getLatest(VAULT)).toEqual(expected);
      expect(
        (await store.listHistory(1, new Date('2026-12-05T20:00:00Z')))[0],
      ).toMatchObject({ status: 'unknown', items: 10 });
    });

    it('reports an unknown store with nothing read before with no findings and no history', async () => {
      const { store } = await testDb.driftStoreOn(databaseId);
      const saved = await store.saveRun(
        storeRun(VAULT, '2026-12-05T12:00:00.000Z', 'unknown'),
      );
      expect(saved.drift).toMatchObject({ status: 'unknown', findings: [] });
      expect(saved.drift.lastGoodAt).toBeUndefined();
      expect(
        await store.listHistory(30, new Date('2026-12-05T20:00:00Z')),
      ).toEqual([]);
    });

    it('compares findings by kind, store and secret (else item): what appeared and what was resolved', async () => {
      const { store } = await testDb.driftStoreOn(databaseId);
      const first = await store.saveRun(
        storeRun(VAULT, '2026-12-05T12:00:00.000Z', [shadow, ghost]),
      );
      expect(first).toMatchObject({
        hadFindings: false,
        appeared: [shadow, ghost],
        resolved: [],
      });
      // Same findings with new evidence, plus one: only the new one appears.
      const reworded = { ...ghost, evidence: 'still not in the store' };
      const second = await store.saveRun(
        storeRun(VAULT, '2026-12-05T12:30:00.000Z', [
          shadow,
          reworded,
          overdue,
        ]),
      );
      expect(second).toMatchObject({
        hadFindings: true,
        appeared: [overdue],
        resolved: [],
      });
      // An unknown run changes nothing.
      const unknown = await store.saveRun(
        storeRun(VAULT, '2026-12-05T12:45:00.000Z', 'unknown'),
      );
      expect(unknown).toMatchObject({ appeared: [], resolved: [] });
      const third = await store.saveRun(
        storeRun(VAULT, '2026-12-05T13:00:00.000Z', [overdue]),
      );
      expect(third).toMatchObject({
        appeared: [],
        resolved: [shadow, reworded],
      });
    });

    it('never overwrites a later run with an earlier one', async () => {
      const { store } = await testDb.driftStoreOn(databaseId);
      const later = storeRun(VAULT, '2026-12-05T13:00:00.000Z', [shadow]);
      await store.saveRun(later);
      const saved = await store.saveRun(
        storeRun(VAULT, '2026-12-05T12:00:00.000Z', [ghost]),
      );
      expect(saved).toMatchObject({ written: false, appeared: [] });
      expect(await store.getLatest(VAULT)).toEqual(later);
    });

    it('keeps one history row per store per UTC day, the last run of the day, and prunes old days', async () => {
      const { store } = await testDb.driftStoreOn(databaseId);
      await store.saveRun(
        storeRun(VAULT, '2026-12-03T23:00:00.000Z', [shadow, ghost]),
      );
      await store.saveRun(
        storeRun(VAULT, '2026-12-04T08:00:00.000Z', [shadow]),
      );
      await store.saveRun(
        storeRun(VAULT, '2026-12-04T20:00:00.000Z', [shadow, overdue]),
      );
      await store.saveRun(storeRun(AWS, '2026-12-04T20:00:00.000Z', []));
      const now = new Date('2026-12-05T10:00:00Z');
      const rows = await store.listHistory(30, now);
      expect(rows.map(r => [r.day, r.store, r.findings])).toEqual([
        ['2026-12-03', VAULT, findingCounts({ shadow: 1, ghost: 1 })],
        ['2026-12-04', AWS, findingCounts({})],
        [
          '2026-12-04',
          VAULT,
          findingCounts({ shadow: 1, 'rotation-overdue': 1 }),
        ],
      ]);
      expect(rows[0]).toMatchObject({ items: 10, itemsInCatalog: 8 });
      expect((await store.listHistory(2, now)).map(r => r.day)).toEqual([
        '2026-12-04',
        '2026-12-04',
      ]);
      expect(await store.pruneHistory(2, now)).toBe(1);
      expect((await store.listHistory(30, now)).length).toBe(2);
    });

    it('forgets the latest drift of stores gone from the catalog', async () => {
      const { store } = await testDb.driftStoreOn(databaseId);
      await store.saveRun(storeRun(VAULT, '2026-12-05T12:00:00.000Z', []));
      await store.saveRun(storeRun(AWS, '2026-12-05T12:00:00.000Z', []));
      expect(await store.removeStoresOtherThan([AWS])).toBe(1);
      expect((await store.listLatest()).map(d => d.store)).toEqual([AWS]);
    });
  });
});

describe('DriftStore: two replicas on two connections to one PostgreSQL database', () => {
  if (!testDb.postgresTestsRun()) return;
  const secondConnection = testDb.replicaConnections();

  it('reports each appearance and each resolution once when both save the same stores at once', async () => {
    const { knex, store: first } = await testDb.driftStoreOn(POSTGRES_ID);
    const second = new DriftStore(secondConnection(knex));
    const stores = Array.from(
      { length: 20 },
      (_, i) => `resource:default/store-${i}`,
    );
    const findingsOf = (store: string, round: number) =>
      [
        finding(store, 'shadow', { item: 'kv/shared/ci-token' }),
        finding(store, 'ghost', { secret: 'resource:default/orders-db' }),
        finding(store, 'unused', { secret: `resource:default/r${round}` }),
      ].slice(round === 2 ? 1 : 0);
    const reported = { appeared: 0, resolved: 0 };
    for (const [round, at] of [
      [0, '2026-12-05T12:00:00.000Z'],
      [1, '2026-12-05T12:30:00.000Z'],
      [2, '2026-12-05T13:00:00.000Z'],
    ] as const) {
      const saved = await Promise.all(
        stores.flatMap(store => [
          first.saveRun(storeRun(store, at, findingsOf(store, round))),
          second.saveRun(storeRun(store, at, findingsOf(store, round))),
        ]),
      );
      for (const s of saved) {
        reported.appeared += s.appeared.length;
        reported.resolved += s.resolved.length;
      }
    }
    // Round 0: 3 appear per store; round 1: r1's unused appears and r0's is resolved;
    // round 2: the shadow and r1's unused are resolved, r2's unused appears.
    expect(reported).toEqual({
      appeared: stores.length * 5,
      resolved: stores.length * 3,
    });
    expect((await first.listLatest()).length).toBe(stores.length);
  });
});
