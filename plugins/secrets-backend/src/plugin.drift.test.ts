import { mockCredentials } from '@backstage/backend-test-utils';
import {
  DriftTrendResponse,
  EntityDriftResponse,
} from '@stagecraft/plugin-secrets-common';
import { asUser, TestCatalog } from '@internal/stagecraft-test-utils';
import { ownDatabase } from './__testUtils__/ownDatabase';
import {
  denyingSecretsReview,
  hidingFromUsers,
  secretsBackendForDescribe,
} from './__testUtils__/secretsOnTestCatalog';
import * as testDb from './__testUtils__/testDatabases';
import { ORDERS_DB, VAULT } from './__testUtils__/refs';
import { findingCounts } from './__testUtils__/storeDrift';

jest.setTimeout(90_000);

const DAY_MS = 86_400_000;
const daysAgo = (days: number) =>
  new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);

/** A day of history written by an earlier run: `shadow` shadows, 2 ghosts, `items` items. */
const historyRow = (
  store: string,
  day: string,
  shadow: number,
  items: number,
) => ({
  store_ref: store,
  day,
  status: 'ok',
  shadow,
  ghost: 2,
  rotation_overdue: 0,
  rotation_disabled: 0,
  unused: 0,
  expiring: 0,
  items,
  items_in_catalog: items - shadow,
  checked_at: new Date(`${day}T12:00:00Z`),
});

/** The Vault store's drift as a user sees it (`GET /entities/resource/default/vault-prod/drift`). */
async function vaultDrift(backend: TestCatalog) {
  const res = await asUser(backend.server).get(
    '/api/secrets/entities/resource/default/vault-prod/drift',
  );
  expect(res.status).toBe(200);
  return (res.body as EntityDriftResponse).store!;
}

async function seededDatabase() {
  const { knex } = await testDb.driftStoreOn('SQLITE_3');
  await knex('secrets_drift_history').insert([
    historyRow(VAULT, daysAgo(3), 4, 20),
    historyRow(VAULT, daysAgo(40), 9, 30),
    // A store the caller cannot read in the catalog (it is not there).
    historyRow('resource:default/hidden-store', daysAgo(3), 100, 500),
  ]);
  return knex;
}

describe('drift trend and entity drift with the real catalog', () => {
  const { backend, get } = secretsBackendForDescribe(7, async () => [
    ownDatabase(await seededDatabase()),
  ]);

  it('GET /drift/trend sums the readable stores per day over the last 30 days, today from the first run', async () => {
    const res = await get('/api/secrets/drift/trend');
    expect(res.status).toBe(200);
    const { days } = res.body as DriftTrendResponse;
    expect(days.map(d => d.date)).toEqual([daysAgo(3), daysAgo(0)]);
    expect(days[0]).toEqual({
      date: daysAgo(3),
      findings: findingCounts({ shadow: 4, ghost: 2 }),
      items: 20,
      itemsInCatalog: 16,
    });
    const drift = await get('/api/secrets/drift');
    const [vault] = drift.body.stores;
    expect(days[1].items).toBe(vault.items);
    expect(days[1].findings.shadow).toBe(
      vault.findings.filter((f: { kind: string }) => f.kind === 'shadow')
        .length,
    );
  });

  it('GET /drift/trend?days=N reaches back N days', async () => {
    const res = await get('/api/secrets/drift/trend?days=60');
    expect(res.body.days.map((d: { date: string }) => d.date)).toEqual([
      daysAgo(40),
      daysAgo(3),
      daysAgo(0),
    ]);
  });

  it.each(['0', '366', 'week', '7.5'])(
    'GET /drift/trend?days=%s answers 400 naming the parameter',
    async days => {
      const res = await get(`/api/secrets/drift/trend?days=${days}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('days');
    },
  );

  it("GET /entities/…/drift answers a store's reconciliation, with shadows for a secrets reviewer", async () => {
    const store = await vaultDrift(backend());
    expect(store).toMatchObject({
      store: VAULT,
      provider: 'hashicorp-vault',
      simulated: true,
      status: 'ok',
    });
    expect(store.findings.map(f => f.kind)).toContain('shadow');
    expect(store.rotations!.map(r => r.secret)).toEqual([ORDERS_DB]);
  });

  it("GET /entities/…/drift answers a secret's rotation status from its store, due 30 days after its last rotation", async () => {
    const res = await get(
      '/api/secrets/entities/Resource/default/Orders-DB-Password/drift',
    );
    expect(res.status).toBe(200);
    const { secret } = res.body as EntityDriftResponse;
    expect(secret).toMatchObject({
      store: VAULT,
      status: 'ok',
      simulated: true,
    });
    const { rotation } = secret!;
    expect(rotation).toMatchObject({
      secret: ORDERS_DB,
      item: 'prod/orders/db',
      rotationPeriodDays: 30,
    });
    const last = rotation!.lastRotatedAt ?? rotation!.lastChangedAt!;
    expect(Date.parse(rotation!.nextDueAt!) - Date.parse(last)).toBe(
      30 * DAY_MS,
    );
    expect(secret!.findings.every(f => f.secret === ORDERS_DB)).toBe(true);
  });

  it('GET /entities/…/drift answers {} for a store never reconciled and an entity that is no secret', async () => {
    for (const path of [
      'resource/default/team-laptops',
      'component/default/status-page',
    ]) {
      const res = await get(`/api/secrets/entities/${path}/drift`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({});
    }
  });

  it('GET /entities/…/drift answers 404 for an entity that is not in the catalog', async () => {
    const res = await get(
      '/api/secrets/entities/resource/default/does-not-exist/drift',
    );
    expect(res.status).toBe(404);
  });

  it.each([
    '/api/secrets/drift/trend',
    '/api/secrets/entities/resource/default/vault-prod/drift',
  ])('rejects unauthenticated calls to %s with 401', async path => {
    const res = await get(path, mockCredentials.none.header());
    expect(res.status).toBe(401);
  });
});

describe('drift routes when the review permission is denied', () => {
  const { backend, get } = secretsBackendForDescribe(7, async () => [
    ownDatabase(await testDb.databases.init('SQLITE_3')),
    denyingSecretsReview(),
  ]);

  it('answers /drift/trend with 403', async () => {
    const res = await get('/api/secrets/drift/trend');
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('stagecraft.secrets.review');
  });

  it("answers a store's status and coverage, and findings about its catalog secrets, but no shadow", async () => {
    const store = await vaultDrift(backend());
    expect(store).toMatchObject({ store: VAULT, status: 'ok' });
    expect(store.items).toBeGreaterThan(store.itemsInCatalog!);
    expect(store.findings.every(f => f.secret === ORDERS_DB)).toBe(true);
    expect(store.rotations!.map(r => r.secret)).toEqual([ORDERS_DB]);
  });
});

describe('drift routes when the catalog hides a secret from the caller', () => {
  const { backend, get } = secretsBackendForDescribe(6, async () => [
    ownDatabase(await testDb.databases.init('SQLITE_3')),
    hidingFromUsers('orders-db-password'),
  ]);

  it('answers 404 for the hidden secret, and leaves it out of its store', async () => {
    const secret = await get(
      '/api/secrets/entities/resource/default/orders-db-password/drift',
    );
    expect(secret.status).toBe(404);
    const store = await vaultDrift(backend());
    expect(store.findings.some(f => f.secret === ORDERS_DB)).toBe(false);
    expect(store.findings.map(f => f.kind)).toContain('shadow');
    expect(store.rotations).toEqual([]);
  });
});
