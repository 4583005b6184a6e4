import { mockCredentials } from '@backstage/backend-test-utils';
import {
  findSecretValues,
  SecretReviewItem,
  SecretsDriftResponse,
  SecretsReviewPage,
  secretsReviewPermission,
} from '@stagecraft/plugin-secrets-common';
import {
  asUser,
  catalogReadsForUsers,
  startCatalog,
  TestCatalog,
} from '@internal/stagecraft-test-utils';
import { secretsPlugin } from './plugin';
import {
  denyingSecretsReview,
  hidingFromUsers,
  secretsBackendForDescribe,
} from './__testUtils__/secretsOnTestCatalog';
import {
  TEST_CATALOG,
  UNLISTED_ANNOTATION_MARKER,
} from './__testUtils__/testCatalog';

jest.setTimeout(90_000);

type Backend = TestCatalog;

const ROUTES = [
  '/api/secrets/secrets',
  '/api/secrets/secrets/export.csv',
  '/api/secrets/entities/resource/default/orders-db-password/secrets',
  '/api/secrets/drift',
  '/api/secrets/drift/export.csv',
];
const REVIEWER_ROUTES = ROUTES.filter(path => !path.includes('/entities/'));

describe('secrets backend with the real catalog', () => {
  const { get } = secretsBackendForDescribe(7);

  it('GET /secrets answers the first page of the review, with totals, summary and facets', async () => {
    const res = await get('/api/secrets/secrets');
    expect(res.status).toBe(200);
    const body: SecretsReviewPage = res.body;
    expect(body).toMatchObject({
      offset: 0,
      limit: 25,
      total: 2,
      unfilteredTotal: 2,
      facets: {
        stores: [
          { value: 'resource:default/team-laptops', count: 1 },
          { value: 'resource:default/vault-prod', count: 1 },
        ],
        owners: [{ value: 'group:default/team-a', count: 2 }],
        systems: [
          { value: 'system:default/orders', count: 1 },
          { value: 'none', count: 1 },
        ],
      },
    });
    expect(body.stores.map(s => s.entityRef).sort()).toEqual([
      'resource:default/team-laptops',
      'resource:default/vault-prod',
    ]);

    expect(body.items.map(i => i.entityRef)).toEqual([
      'resource:default/laptop-key',
      'resource:default/orders-db-password',
    ]);
    expect(body.summary).toEqual({
      total: 2,
      compliant: 1,
      nonCompliant: 1,
      orphaned: 0,
      noRemediationDocs: 1,
      byStore: {
        'resource:default/vault-prod': { total: 1, nonCompliant: 0 },
        'resource:default/team-laptops': { total: 1, nonCompliant: 1 },
      },
    });
    expect(Date.parse(body.generatedAt)).not.toBeNaN();

    const ordersDb = body.items[1];
    expect(ordersDb).toEqual({
      entityRef: 'resource:default/orders-db-password',
      name: 'orders-db-password',
      namespace: 'default',
      title: 'Orders database password',
      description: 'Password of the orders_app user on the orders database.',
      secretKind: 'password',
      secretPath: 'prod/orders/db',
      rotationPeriod: '30d',
      lifecycle: 'production',
      owner: 'group:default/team-a',
      system: 'system:default/orders',
      store: {
        entityRef: 'resource:default/vault-prod',
        name: 'vault-prod',
        title: 'Vault (prod)',
        provider: 'hashicorp-vault',
        providerSource: 'annotation',
        approved: true,
        approval: 'approved',
      },
      dependents: ['component:default/orders-web'],
      remediationLinks: [
        {
          url: 'https://wiki.example.com/rotate-orders-db',
          title: 'Rotating the orders database password',
          type: 'rotation-guide',
          recognisedBy: 'type',
        },
      ],
      compliance: {
        entityRef: 'resource:default/orders-db-password',
        compliant: true,
        findings: [],
        skippedRules: [],
      },
    });

    const laptopKey = body.items[0];
    expect(laptopKey.store).toMatchObject({
      provider: 'team-laptops',
      approved: false,
      approval: 'unsafe',
    });
    expect(laptopKey.compliance.findings.map(f => f.ruleId)).toEqual([
      'approved-store',
      'remediation-docs',
    ]);
  });

  it('GET /secrets pages, sorts and filters on the server, counting what the filters match', async () => {
    const page = async (query: string) => {
      const res = await get(`/api/secrets/secrets?${query}`);
      expect(res.status).toBe(200);
      const body: SecretsReviewPage = res.body;
      return {
        names: body.items.map(i => i.name),
        total: body.total,
        unfilteredTotal: body.unfilteredTotal,
        nonCompliant: body.summary.nonCompliant,
      };
    };
    /** The page's names, its total, the total without filters and the non-compliant count. */
    const counted = (
      names: string[],
      total: number,
      unfilteredTotal: number,
      nonCompliant: number,
    ) => ({ names, total, unfilteredTotal, nonCompliant });
    expect(await page('limit=1&sort=name&order=desc')).toEqual(
      counted(['orders-db-password'], 2, 2, 1),
    );
    expect(await page('limit=1&offset=1&sort=name&order=desc')).toMatchObject({
      names: ['laptop-key'],
    });
    expect(await page('status=non-compliant')).toEqual(
      counted(['laptop-key'], 1, 2, 1),
    );
    expect(await page('q=ORDERS%20vault')).toMatchObject({
      names: ['orders-db-password'],
      nonCompliant: 0,
    });
    expect(await page('system=none')).toMatchObject({ names: ['laptop-key'] });
    expect(
      await page('store=resource%3Adefault%2Fvault-prod&sort=compliance'),
    ).toMatchObject({ names: ['orders-db-password'] });
  });

  it('GET /secrets answers 400 naming a bad parameter', async () => {
    const res = await get('/api/secrets/secrets?limit=100000');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(
      'Invalid query parameter limit: expected a whole number from 1 to 500',
    );
  });

  it('GET /secrets/export.csv exports every row the filters match, ignoring the page', async () => {
    const res = await get(
      '/api/secrets/secrets/export.csv?status=compliant&limit=1&offset=5',
    );
    const lines = res.text.split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^resource:default\/orders-db-password,/);
  });

  it('copies only named fields through: no other annotation, nothing that looks like a secret', async () => {
    const res = await get('/api/secrets/secrets');
    expect(res.text).not.toContain(UNLISTED_ANNOTATION_MARKER);
    expect(res.text).not.toContain('"annotations"');
    expect(res.text).not.toContain('"spec"');
    expect(findSecretValues(res.body)).toEqual([]);
  });

  it('GET /secrets/export.csv exports the same rows, guarding against formulas', async () => {
    const res = await get('/api/secrets/secrets/export.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="secrets-review-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = res.text.split('\r\n');
    expect(lines[0]).toMatch(/^entityRef,name,title,/);
    expect(lines).toHaveLength(4); // header, two rows, final line end
    expect(lines[1]).toMatch(/^resource:default\/laptop-key,laptop-key,/);
    expect(lines[1]).toContain(
      `"'=HYPERLINK(""https://evil.example.com"",""open"")"`,
    );
    expect(res.text).not.toContain(UNLISTED_ANNOTATION_MARKER);
  });

  it('GET /entities/:kind/:namespace/:name/secrets answers a secret with its row', async () => {
    const res = await get(
      '/api/secrets/entities/resource/default/orders-db-password/secrets',
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      entityRef: 'resource:default/orders-db-password',
      compliance: { compliant: true },
    });
  });

  it('GET /entities/:kind/:namespace/:name/secrets matches the entity in any case', async () => {
    const lower = await get(
      '/api/secrets/entities/resource/default/orders-db-password/secrets',
    );
    const mixed = await get(
      '/api/secrets/entities/Resource/Default/Orders-DB-Password/secrets',
    );
    expect(mixed.status).toBe(200);
    expect(mixed.body).toEqual(lower.body);
  });

  it.each([
    [
      'a store with the secrets kept there',
      'resource/default/vault-prod',
      ['resource:default/orders-db-password'],
    ],
    [
      'another entity with the secrets it depends on',
      'component/default/orders-web',
      ['resource:default/laptop-key', 'resource:default/orders-db-password'],
    ],
    [
      'an entity that uses no secret with none',
      'component/default/status-page',
      [],
    ],
  ])(
    'GET /entities/:kind/:namespace/:name/secrets answers %s',
    async (_, entity, secretRefs) => {
      const res = await get(`/api/secrets/entities/${entity}/secrets`);
      expect(res.status).toBe(200);
      expect(res.body.map((i: SecretReviewItem) => i.entityRef)).toEqual(
        secretRefs,
      );
    },
  );

  it('GET /entities/:kind/:namespace/:name/secrets answers 404 for an entity that is not in the catalog', async () => {
    const res = await get(
      '/api/secrets/entities/component/default/does-not-exist/secrets',
    );
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain(
      'component:default/does-not-exist',
    );
  });

  it('GET /drift reconciles each real store with a labelled simulated reader when none is configured', async () => {
    const res = await get('/api/secrets/drift');
    expect(res.status).toBe(200);
    const { stores } = res.body as SecretsDriftResponse;
    // team-laptops is no store Stagecraft can read: never simulated.
    expect(stores.map(s => s.store)).toEqual(['resource:default/vault-prod']);
    expect(stores[0]).toMatchObject({
      provider: 'hashicorp-vault',
      simulated: true,
      status: 'ok',
    });
    expect(stores[0].findings.map(f => f.kind)).toContain('shadow');
    expect(stores[0].items).toBeGreaterThan(stores[0].itemsInCatalog!);

    const csv = await get('/api/secrets/drift/export.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.split('\r\n')[0]).toMatch(/^store,provider,simulated,/);
  });

  it('accepts service-to-service calls', async () => {
    const res = await get(
      '/api/secrets/secrets',
      mockCredentials.service.header(),
    );
    expect(res.status).toBe(200);
  });

  it.each(ROUTES)(
    'rejects unauthenticated calls to %s with 401',
    async path => {
      const res = await get(path, mockCredentials.none.header());
      expect(res.status).toBe(401);
    },
  );

  it('registers the review permission so that policies and the permission backend see it', async () => {
    const res = await get(
      '/api/secrets/.well-known/backstage/permissions/metadata',
      mockCredentials.service.header(),
    );
    expect(res.status).toBe(200);
    expect(res.body.permissions).toContainEqual(secretsReviewPermission);
  });
});

describe('secrets backend when the review permission is denied', () => {
  const { get } = secretsBackendForDescribe(7, () => [denyingSecretsReview()]);

  it.each(REVIEWER_ROUTES)('answers %s with 403', async path => {
    const res = await get(path);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('stagecraft.secrets.review');
  });

  it('still answers entity pages, which any signed-in user may read', async () => {
    const res = await get(ROUTES[2]);
    expect(res.status).toBe(200);
    expect(res.body.entityRef).toBe('resource:default/orders-db-password');
  });
});

describe('secrets backend when the catalog hides a secret from the caller', () => {
  // Catalog reads are conditional: every entity except laptop-key.
  // laptop-key is hidden from the (user) poll
  const { get } = secretsBackendForDescribe(6, () => [
    hidingFromUsers('laptop-key'),
  ]);

  it('leaves the hidden secret out of entity pages', async () => {
    const uses = await get(
      '/api/secrets/entities/component/default/orders-web/secrets',
    );
    expect(uses.body.map((i: SecretReviewItem) => i.entityRef)).toEqual([
      'resource:default/orders-db-password',
    ]);
    const store = await get(
      '/api/secrets/entities/resource/default/team-laptops/secrets',
    );
    expect(store.body).toEqual([]);
    const secret = await get(
      '/api/secrets/entities/resource/default/laptop-key/secrets',
    );
    expect(secret.status).toBe(404);
  });

  it('leaves it out of the review, its counts, facets and CSV too (a rule the catalog applies)', async () => {
    const res = await get('/api/secrets/secrets');
    const body: SecretsReviewPage = res.body;
    expect(body.items.map(i => i.entityRef)).toEqual([
      'resource:default/orders-db-password',
    ]);
    expect(body.total).toBe(1);
    expect(body.summary.byStore).toEqual({
      'resource:default/vault-prod': { total: 1, nonCompliant: 0 },
    });
    expect(body.facets.owners).toEqual([
      { value: 'group:default/team-a', count: 1 },
    ]);
    expect(res.text).not.toContain('laptop-key');
    const csv = await get('/api/secrets/secrets/export.csv');
    expect(csv.text).not.toContain('laptop-key');
  });
});

describe('secrets backend when a rule it applies itself hides a store from the caller', () => {
  // The user poll sees every entity but the store.
  const { get } = secretsBackendForDescribe(6, () => [
    catalogReadsForUsers({
      not: {
        rule: 'HAS_ANNOTATION',
        resourceType: 'catalog-entity',
        params: {
          annotation: 'stagecraft.io/store-provider',
          value: 'TEAM-LAPTOPS',
        },
      },
    }).factory,
  ]);

  it('keeps the secret but names neither the store nor counts under it', async () => {
    const res = await get('/api/secrets/secrets');
    const body: SecretsReviewPage = res.body;
    expect(body.items.map(i => [i.name, i.store?.name])).toEqual([
      ['laptop-key', undefined],
      ['orders-db-password', 'vault-prod'],
    ]);
    expect(body.summary.byStore).toEqual({
      'resource:default/vault-prod': { total: 1, nonCompliant: 0 },
      none: { total: 1, nonCompliant: 1 },
    });
    expect(body.facets.stores.map(f => f.value)).toEqual([
      'resource:default/vault-prod',
      'none',
    ]);
    // As on entity pages, findings say "an entity you may not read" for the store.
    expect(res.text).not.toContain('resource:default/team-laptops');
    expect(res.text).toContain('kept in an entity you may not read');
    const filtered = await get(
      '/api/secrets/secrets?store=resource%3Adefault%2Fteam-laptops',
    );
    expect(filtered.body.total).toBe(0);
  });

  it('shows a service everything', async () => {
    const res = await get(
      '/api/secrets/secrets',
      mockCredentials.service.header(),
    );
    expect(res.text).toContain('team-laptops');
  });
});

describe('secrets backend with a Vault configured', () => {
  let backend: Backend;

  beforeAll(async () => {
    backend = await startCatalog({
      modules: ['portal-links'],
      files: { 'catalog.yaml': TEST_CATALOG },
      expectedEntities: 7,
      features: [secretsPlugin],
      config: {
        stagecraft: {
          secrets: {
            // Nothing listens on port 9: the real reader fails at once.
            stores: {
              vault: {
                token: 'test-vault-token',
                address: 'http://127.0.0.1:9',
                mount: 'kv',
              },
            },
          },
        },
      },
    });
  });
  afterAll(() => backend?.stop());

  it('reads the store with the real Vault reader, and reports it unknown when Vault cannot be reached', async () => {
    const res = await asUser(backend.server).get('/api/secrets/drift');
    expect(res.status).toBe(200);
    const [vault] = (res.body as SecretsDriftResponse).stores;
    expect(vault).toMatchObject({
      store: 'resource:default/vault-prod',
      provider: 'hashicorp-vault',
      simulated: false,
      status: 'unknown',
      findings: [],
    });
    expect(vault.problem).toBeTruthy();
    expect(JSON.stringify(res.body)).not.toContain('test-vault-token');
  });
});
