import { secretEntitiesOfStore } from './catalogSecrets';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { DEFAULT_SECRETS_RULES_CONFIG } from '@stagecraft/plugin-secrets-common';
import {
  DEFAULT_RECONCILE_POLICY,
  SecretStoreItem,
  SecretStoreReader,
  SecretStoreReadError,
  SimulatedSecretStoreReader,
} from '@stagecraft/plugin-secrets-node';
import {
  deferred,
  loadExampleCatalog,
  POSTGRES_ID,
} from '@internal/stagecraft-test-utils';
import { refKey } from '@stagecraft/catalog-conventions-common';
import { DriftStore } from '../database/DriftStore';
import * as testDb from '../__testUtils__/testDatabases';
import { DriftTransitions, findingsChanged } from './DriftTransitionListener';
import { StoreDriftService } from './StoreDriftService';

jest.setTimeout(60_000);

const entities = loadExampleCatalog();
const VAULT = 'resource:default/hashicorp-vault-prod';
const vaultProvider = entities.find(e => refKey(e) === VAULT)!.metadata
  .annotations!['stagecraft.io/store-provider'];

const simulated = (provider: string, list: Entity[]) =>
  new SimulatedSecretStoreReader({
    provider,
    now: () => new Date('2026-12-05T12:00:00Z'),
    catalogSecrets: async (store: Entity) => secretEntitiesOfStore(store, list),
  });

type ReaderFor = (
  provider: string,
  entities: Entity[],
) => SecretStoreReader | undefined;

/** A service whose runs of stores with changes go to `transitions`, and every told run to `told`. */
function service(
  store: DriftStore,
  readerFor: ReaderFor,
  transitions: DriftTransitions[] = [],
  timeoutMs = 200,
  told: DriftTransitions[] = [],
) {
  let now = new Date('2026-12-05T12:00:00Z');
  const drift = new StoreDriftService({
    readerFor,
    store,
    loadCatalog: async () => entities,
    rulesConfig: DEFAULT_SECRETS_RULES_CONFIG,
    policy: DEFAULT_RECONCILE_POLICY,
    logger: mockServices.logger.mock(),
    timeoutMs,
    listeners: [
      {
        onTransitions: t => {
          told.push(t);
          if (findingsChanged(t)) transitions.push(t);
        },
      },
    ],
    now: () => now,
  });
  return { drift, later: () => (now = new Date('2026-12-05T13:00:00Z')) };
}

/** A reader of one provider that fails, or never answers, for one store. */
function breaking(
  provider: string,
  storeRef: string,
  how: 'fail' | 'hang',
): SecretStoreReader {
  const real = simulated(provider, entities);
  return {
    provider,
    simulated: true,
    listItems: async (store, signal) => {
      if (refKey(store) !== storeRef) return real.listItems(store, signal);
      if (how === 'fail') {
        throw new SecretStoreReadError({
          kind: 'access-denied',
          storeRef,
          operation: 'LIST metadata',
          message: 'Vault refused the token',
        });
      }
      return new Promise((_, reject) =>
        signal?.addEventListener('abort', () => reject(signal.reason)),
      );
    },
  };
}

describe('StoreDriftService', () => {
  testDb.postgresTestsRun();

  describe.each(testDb.databases.eachSupportedId())('on %s', databaseId => {
    it("reconciles every store a reader can read with the run's entities, labelled simulated, with coverage and rotations, and stores it", async () => {
      const { knex, store } = await testDb.driftStoreOn(databaseId);
      const given: Entity[][] = [];
      const { drift } = service(store, (provider, list) => {
        given.push(list);
        return simulated(provider, list);
      });
      const stores = await drift.reconcileAll();
      expect(stores.length).toBeGreaterThan(3);
      expect(given.every(list => list === entities)).toBe(true);
      for (const s of stores) {
        expect(s).toMatchObject({ status: 'ok', simulated: true });
        expect(s.itemsInCatalog).toBeLessThanOrEqual(s.items!);
        expect(s.rotations!.length).toBeLessThanOrEqual(s.items!);
      }
      expect(stores.flatMap(s => s.rotations!).length).toBeGreaterThan(10);
      expect(stores.flatMap(s => s.findings).map(f => f.kind)).toEqual(
        expect.arrayContaining(['shadow', 'ghost', 'rotation-overdue']),
      );
      // Another replica (or this one after a restart) reads the same, without reading a store.
      const { drift: replica } = service(new DriftStore(knex), () => {
        throw new Error('no store is read');
      });
      expect(await replica.current()).toEqual(stores);
    });

    it('runs once on the first read when nothing was ever stored', async () => {
      const { store } = await testDb.driftStoreOn(databaseId);
      let reads = 0;
      const { drift } = service(store, (provider, list) => {
        reads++;
        return simulated(provider, list);
      });
      const [first, second] = await Promise.all([
        drift.current(),
        drift.current(),
      ]);
      expect(first).toEqual(second);
      const perRun = reads;
      expect(perRun).toBeGreaterThan(0);
      await drift.current();
      expect(reads).toBe(perRun);
    });

    it('keeps the last good findings of a store that cannot be read, marked unknown, and reports no change for it', async () => {
      const { store } = await testDb.driftStoreOn(databaseId);
      let fail = false;
      const transitions: DriftTransitions[] = [];
      const told: DriftTransitions[] = [];
      const { drift, later } = service(
        store,
        (p, list) =>
          p === vaultProvider && fail
            ? breaking(p, VAULT, 'fail')
            : simulated(p, list),
        transitions,
        200,
        told,
      );
      const [good] = (await drift.reconcileAll()).filter(
        s => s.store === VAULT,
      );
      const firstRuns = transitions.splice(0);
      expect(firstRuns.length).toBeGreaterThan(3);
      expect(firstRuns.every(t => t.firstRun && !t.resolved.length)).toBe(true);
      expect(firstRuns.find(t => t.store === VAULT)!.appeared).toEqual(
        good.findings,
      );

      fail = true;
      later();
      told.splice(0);
      const all = await drift.reconcileAll();
      const vaultNow = all.find(s => s.store === VAULT)!;
      expect(vaultNow).toMatchObject({
        status: 'unknown',
        checkedAt: '2026-12-05T13:00:00.000Z',
        lastGoodAt: '2026-12-05T12:00:00.000Z',
        findings: good.findings,
        rotations: good.rotations,
        items: good.items,
      });
      expect(vaultNow.problem).toContain('access-denied');
      expect(
        all.filter(s => s.store !== VAULT).every(s => s.status === 'ok'),
      ).toBe(true);
      // Same simulated items an hour later: nothing appeared or was resolved anywhere.
      expect(transitions).toEqual([]);
      // Every store read is told its current findings and the run's catalog; the unknown one is not.
      expect(told.map(t => t.store).sort()).toEqual(
        all
          .filter(s => s.status === 'ok')
          .map(s => s.store)
          .sort(),
      );
      for (const t of told) {
        expect(t.findings).toEqual(
          all.find(s => s.store === t.store)!.findings,
        );
        expect(t.catalog.getEntity(t.store)).toBeDefined();
      }
    });

    it('cuts a store that hangs at the timeout, reports it unknown with no findings, and reads the others', async () => {
      const { store } = await testDb.driftStoreOn(databaseId);
      const { drift } = service(store, (p, list) =>
        p === vaultProvider ? breaking(p, VAULT, 'hang') : simulated(p, list),
      );
      const stores = await drift.reconcileAll();
      const hung = stores.find(s => s.store === VAULT)!;
      expect(hung).toMatchObject({ status: 'unknown', findings: [] });
      expect(hung.lastGoodAt).toBeUndefined();
      expect(stores.filter(s => s.status === 'ok').length).toBe(
        stores.length - 1,
      );
    });
  });
});

describe('StoreDriftService: two replicas on two connections to one PostgreSQL database', () => {
  if (!testDb.postgresTestsRun()) return;
  const secondConnection = testDb.replicaConnections();

  it('reports each appearance once when both run the same stores at the same moment', async () => {
    const { knex, store } = await testDb.driftStoreOn(POSTGRES_ID);
    const replicaStore = new DriftStore(secondConnection(knex));

    // Both replicas read each store, then wait for each other: they save it together.
    let extraShadow = false;
    const waiting = new Map<string, ReturnType<typeof deferred<void>>[]>();
    const inStep = (provider: string, list: Entity[]): SecretStoreReader => {
      const real = simulated(provider, list);
      return {
        provider,
        simulated: true,
        listItems: async (s, signal) => {
          const items: SecretStoreItem[] = await real.listItems(s, signal);
          if (extraShadow) {
            items.push({ name: 'kv/new/shadow', kind: 'secret' });
          }
          const key = refKey(s);
          const both = waiting.get(key) ?? [];
          const mine = deferred<void>();
          both.push(mine);
          waiting.set(key, both);
          if (both.length === 2) both.forEach(d => d.resolve());
          await mine.promise;
          return items;
        },
      };
    };
    const seen: DriftTransitions[] = [];
    const a = service(store, inStep, seen, 10_000).drift;
    const b = service(replicaStore, inStep, seen, 10_000).drift;

    const [stores] = await Promise.all([a.reconcileAll(), b.reconcileAll()]);
    const appeared = seen.flatMap(t => t.appeared);
    expect(appeared).toHaveLength(stores.flatMap(s => s.findings).length);
    expect(new Set(seen.map(t => t.store)).size).toBe(seen.length);

    seen.splice(0);
    waiting.clear();
    extraShadow = true;
    await Promise.all([a.reconcileAll(), b.reconcileAll()]);
    // The new shadow, in every store, reported once.
    expect(
      seen
        .flatMap(t => t.appeared)
        .map(f => `${f.store} ${f.kind} ${f.item}`)
        .sort(),
    ).toEqual(stores.map(s => `${s.store} shadow kv/new/shadow`).sort());
    expect(seen.flatMap(t => t.resolved)).toEqual([]);
  });
});
