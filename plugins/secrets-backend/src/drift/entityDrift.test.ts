import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { StoreDrift } from '@stagecraft/plugin-secrets-common';
import { finding, storeRun } from '../__testUtils__/storeDrift';
import { entityDrift } from './entityDrift';

const STORE = 'resource:default/vault-prod';

const resource = (name: string, spec: object, annotations = {}): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name, namespace: 'default', annotations },
  spec,
});

const store = resource('vault-prod', { type: 'secret-store' });
const ordersDb = resource('orders-db', {
  type: 'secret',
  dependsOn: ['resource:default/vault-prod'],
});
const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'orders-web', namespace: 'default' },
  spec: {},
};

const shadow = finding(STORE, 'shadow', { item: 'kv/shared/ci-token' });
const overdue = finding(STORE, 'rotation-overdue', {
  secret: 'resource:default/orders-db',
});
const hiddenGhost = finding(STORE, 'ghost', {
  secret: 'resource:default/hidden-secret',
});

const stored: StoreDrift = {
  ...storeRun(STORE, '2026-12-05T12:00:00.000Z', [
    shadow,
    overdue,
    hiddenGhost,
  ]),
};
stored.rotations = [
  ...stored.rotations!,
  { secret: 'resource:default/hidden-secret', store: STORE, item: 'kv/x' },
];

/** The catalog answers with the caller's credentials: it holds only what they may read. */
const catalog = catalogServiceMock({ entities: [store, ordersDb, component] });

const answer = (entity: Entity, mayReview: boolean, drift = stored) =>
  entityDrift(entity, {
    driftOf: async ref => (ref === STORE ? drift : undefined),
    catalog,
    credentials: mockCredentials.user(),
    mayReview,
  });

describe('entityDrift', () => {
  it("gives a secrets reviewer a store's drift with shadows, without what they may not read", async () => {
    const { store: drift } = await answer(store, true);
    expect(drift!.findings).toEqual([shadow, overdue]);
    expect(drift!.rotations!.map(r => r.secret)).toEqual([
      'resource:default/orders-db',
    ]);
    expect(drift).toMatchObject({ status: 'ok', items: 10, itemsInCatalog: 8 });
  });

  it("gives anyone else a store's status and coverage, but no finding about items the catalog does not name", async () => {
    const { store: drift } = await answer(store, false);
    expect(drift!.findings).toEqual([overdue]);
    expect(drift).toMatchObject({
      store: STORE,
      status: 'ok',
      items: 10,
      itemsInCatalog: 8,
    });
  });

  it("gives a secret its store's status, its rotation status and the findings about it", async () => {
    expect(await answer(ordersDb, false)).toEqual({
      secret: {
        store: STORE,
        status: 'ok',
        simulated: false,
        checkedAt: '2026-12-05T12:00:00.000Z',
        lastGoodAt: '2026-12-05T12:00:00.000Z',
        rotation: stored.rotations![0],
        findings: [overdue],
      },
    });
  });

  it("says a secret's store could not be read, with the last good findings", async () => {
    const unknown: StoreDrift = {
      ...stored,
      status: 'unknown',
      checkedAt: '2026-12-05T13:00:00.000Z',
    };
    expect((await answer(ordersDb, true, unknown)).secret).toMatchObject({
      status: 'unknown',
      checkedAt: '2026-12-05T13:00:00.000Z',
      lastGoodAt: '2026-12-05T12:00:00.000Z',
      findings: [overdue],
    });
  });

  it('answers nothing for other entities and for stores never reconciled', async () => {
    expect(await answer(component, true)).toEqual({});
    expect(
      await answer(resource('laptops', { type: 'secret-store' }), true),
    ).toEqual({});
    expect(await answer(resource('loose', { type: 'secret' }), true)).toEqual(
      {},
    );
  });
});
