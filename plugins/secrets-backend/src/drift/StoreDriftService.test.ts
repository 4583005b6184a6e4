import { secretEntitiesOfStore } from './catalogSecrets';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { DEFAULT_SECRETS_RULES_CONFIG } from '@stagecraft/plugin-secrets-common';
import {
  DEFAULT_RECONCILE_POLICY,
  SecretStoreReader,
  SecretStoreReadError,
  SimulatedSecretStoreReader,
} from '@stagecraft/plugin-secrets-node';
import { loadExampleCatalog } from '@internal/stagecraft-test-utils';
import { refKey } from '@stagecraft/catalog-conventions-common';
import { StoreDriftService } from './StoreDriftService';

const entities = loadExampleCatalog();
const VAULT = 'resource:default/hashicorp-vault-prod';

const simulated = (provider: string) =>
  new SimulatedSecretStoreReader({
    provider,
    now: () => new Date('2026-12-05T12:00:00Z'),
    catalogSecrets: async (store: Entity) =>
      secretEntitiesOfStore(store, entities),
  });

function service(
  readerFor: (provider: string) => SecretStoreReader | undefined,
) {
  let now = new Date('2026-12-05T12:00:00Z');
  const drift = new StoreDriftService({
    readerFor,
    loadCatalog: async () => entities,
    rulesConfig: DEFAULT_SECRETS_RULES_CONFIG,
    policy: DEFAULT_RECONCILE_POLICY,
    logger: mockServices.logger.mock(),
    timeoutMs: 200,
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
  const real = simulated(provider);
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
  it('reconciles every store a reader can read, labelled simulated, with its coverage', async () => {
    const { drift } = service(simulated);
    const stores = await drift.reconcileAll();
    expect(stores.length).toBeGreaterThan(3);
    for (const store of stores) {
      expect(store).toMatchObject({ status: 'ok', simulated: true });
      expect(store.itemsInCatalog).toBeLessThanOrEqual(store.items!);
      expect(store.rotations!.length).toBeLessThanOrEqual(store.items!);
    }
    expect(stores.flatMap(s => s.rotations!).length).toBeGreaterThan(10);
    expect(stores.flatMap(s => s.findings).map(f => f.kind)).toEqual(
      expect.arrayContaining(['shadow', 'ghost', 'rotation-overdue']),
    );
  });

  it('keeps the last good findings of a store that cannot be read, marked unknown', async () => {
    const vault = entities.find(e => refKey(e) === VAULT)!;
    const provider =
      vault.metadata.annotations!['stagecraft.io/store-provider'];
    let fail = false;
    const { drift, later } = service(p =>
      p === provider && fail ? breaking(p, VAULT, 'fail') : simulated(p),
    );
    const [good] = (await drift.reconcileAll()).filter(s => s.store === VAULT);
    fail = true;
    later();
    const others = (await drift.reconcileAll()).filter(s => s.store !== VAULT);
    const vaultNow = drift.getDrift().find(s => s.store === VAULT)!;
    expect(vaultNow).toMatchObject({
      status: 'unknown',
      checkedAt: '2026-12-05T13:00:00.000Z',
      lastGoodAt: '2026-12-05T12:00:00.000Z',
      findings: good.findings,
      items: good.items,
    });
    expect(vaultNow.problem).toContain('access-denied');
    expect(others.every(s => s.status === 'ok')).toBe(true);
  });

  it('cuts a store that hangs at the timeout, reports it unknown with no findings, and reads the others', async () => {
    const vault = entities.find(e => refKey(e) === VAULT)!;
    const provider =
      vault.metadata.annotations!['stagecraft.io/store-provider'];
    const { drift } = service(p =>
      p === provider ? breaking(p, VAULT, 'hang') : simulated(p),
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
