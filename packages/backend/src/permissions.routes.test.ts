import {
  createMockDirectory,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import blastRadiusPlugin from '@stagecraft/plugin-blast-radius-backend';
import pipelinesPlugin from '@stagecraft/plugin-pipelines-backend';
import readinessPlugin from '@stagecraft/plugin-readiness-backend';
import secretsPlugin from '@stagecraft/plugin-secrets-backend';
import { readFileSync } from 'fs';
import { resolve as resolvePath } from 'path';
import request from 'supertest';
import { inMemoryDatabaseServiceFactory } from '@internal/stagecraft-test-utils';
import { onBehalfOfAuthServiceFactory } from './__testUtils__/onBehalfOfAuth';
import { denyRestrictedPolicyModule } from './__testUtils__/denyRestrictedPolicy';
import { registeredRoutes } from './__testUtils__/registeredRoutes';
import {
  DENIED_MARKERS,
  READINESS_EVALUATED,
  RESTRICTED_CATALOG,
  RESTRICTED_CATALOG_SIZE,
} from './__testUtils__/restrictedCatalog';

jest.setTimeout(90_000);

/** The Stagecraft backend plugins whose every route this test covers. */
const STAGECRAFT_PLUGINS = [
  'readiness',
  'secrets',
  'pipelines',
  'blast-radius',
];

const CHECKOUT = 'component/default/checkout';
const PAYROLL_FN = 'component/default/payroll-fn';
/** An exemption id that names no exemption: the routes under one answer 404. */
const NO_EXEMPTION = '00000000-0000-4000-8000-000000000000';

type RouteCase = {
  /** As registered, e.g. `GET /api/readiness/entities/:kind/:namespace/:name/readiness`. */
  route: string;
  /** A request about readable entities (or none) and the status it gets. */
  allowed: { path: string; status: number };
  /** The same route naming a denied entity, answered 404. Absent for routes naming none. */
  denied?: string;
  /** Without filtering the allowed answer would name denied entities: a service's answer does. */
  servicesSeeDenied?: boolean;
};

/**
 * `route`'s path with its parameters filled in: an entity (`kind/namespace/name`) for
 * `:kind/:namespace/:name`, or an id for `:id`.
 */
function pathOf(route: string, target = '') {
  return route.split(' ')[1].replace(/:kind\/:namespace\/:name|:id/, target);
}

type CaseOptions = {
  /** An entity (`kind/namespace/name`) or an id; nothing for routes without either. */
  target?: string;
  query?: string;
  /** The allowed answer's status, 200 unless said. */
  status?: number;
  /** A denied entity (`kind/namespace/name`), answered 404. */
  denied?: string;
  servicesSeeDenied?: boolean;
};

/** The case of `route` asked about `target` with `query`. */
function routeCase(
  route: string,
  {
    target,
    query = '',
    status = 200,
    denied,
    servicesSeeDenied,
  }: CaseOptions = {},
): RouteCase {
  return {
    route,
    allowed: { path: `${pathOf(route, target)}${query}`, status },
    ...(denied ? { denied: pathOf(route, denied) } : {}),
    ...(servicesSeeDenied ? { servicesSeeDenied } : {}),
  };
}

/** A route about one entity: checkout unless said, payroll-fn denied unless said. */
const entityCase = (route: string, options: CaseOptions = {}) =>
  routeCase(route, { target: CHECKOUT, denied: PAYROLL_FN, ...options });

const ORDERS_PIPELINE = 'component/default/orders-pipeline';
const INGEST_FN = 'component/default/ingest-fn';
const seen = { servicesSeeDenied: true };

const ROUTES: RouteCase[] = [
  routeCase('GET /api/readiness/checks'),
  routeCase('GET /api/readiness/results', seen),
  entityCase('GET /api/readiness/entities/:kind/:namespace/:name/readiness'),
  routeCase('GET /api/readiness/summary', { query: '?groupBy=owner', ...seen }),
  routeCase('GET /api/readiness/trend', { query: '?days=7' }),
  routeCase('GET /api/readiness/results/export.csv', seen),
  routeCase('GET /api/readiness/runs'),
  routeCase('POST /api/readiness/evaluate', { status: 202 }),
  entityCase('POST /api/readiness/entities/:kind/:namespace/:name/evaluate'),
  // The seeded campaign's scope names payroll-team: a user's answer leaves it out.
  routeCase('GET /api/readiness/campaigns', seen),
  // Allowed to manage; the empty body is refused naming the field.
  routeCase('POST /api/readiness/campaigns', { status: 400 }),
  routeCase('GET /api/readiness/campaigns/:id', { target: 'peak', ...seen }),
  routeCase('POST /api/readiness/campaigns/:id', {
    target: 'peak',
    status: 400,
  }),
  routeCase('GET /api/readiness/campaigns/:id/progress', {
    target: 'peak',
    ...seen,
  }),
  routeCase('GET /api/readiness/campaigns/:id/results.csv', {
    target: 'peak',
    ...seen,
  }),
  entityCase('GET /api/readiness/entities/:kind/:namespace/:name/campaigns'),
  routeCase('GET /api/readiness/exemptions'),
  // Allowed to request; the empty body is refused naming the field.
  routeCase('POST /api/readiness/exemptions', { status: 400 }),
  ...[
    'GET /api/readiness/exemptions/:id',
    'POST /api/readiness/exemptions/:id/approve',
    'POST /api/readiness/exemptions/:id/deny',
    'POST /api/readiness/exemptions/:id/withdraw',
  ].map(route => routeCase(route, { target: NO_EXEMPTION, status: 404 })),
  entityCase('GET /api/readiness/entities/:kind/:namespace/:name/exemptions'),
  // The company-wide review and drift (which names shadow items and ghost secrets) are
  // for reviewers only; this policy has none.
  ...[
    'GET /api/secrets/secrets',
    'GET /api/secrets/secrets/export.csv',
    'GET /api/secrets/drift',
    'GET /api/secrets/drift/export.csv',
    'GET /api/secrets/drift/trend',
  ].map(route => routeCase(route, { status: 403 })),
  entityCase('GET /api/secrets/entities/:kind/:namespace/:name/drift', {
    target: 'resource/default/vault-prod',
    denied: 'resource/default/payroll-vault',
  }),
  entityCase('GET /api/secrets/entities/:kind/:namespace/:name/secrets', {
    denied: 'resource/default/payroll-vault',
    ...seen,
  }),
  entityCase('GET /api/pipelines/entities/:kind/:namespace/:name/pipeline', {
    target: ORDERS_PIPELINE,
    ...seen,
  }),
  entityCase('GET /api/pipelines/entities/:kind/:namespace/:name/metrics', {
    target: INGEST_FN,
  }),
  entityCase('GET /api/pipelines/entities/:kind/:namespace/:name/config', {
    target: INGEST_FN,
  }),
  entityCase('GET /api/pipelines/entities/:kind/:namespace/:name/drift', {
    target: ORDERS_PIPELINE,
    ...seen,
  }),
  entityCase('GET /api/pipelines/entities/:kind/:namespace/:name/capacity', {
    target: ORDERS_PIPELINE,
    ...seen,
  }),
  entityCase(
    'GET /api/blast-radius/entities/:kind/:namespace/:name/blast-radius',
    {
      target: 'resource/default/shop-db-password',
      denied: 'group/default/payroll-team',
      ...seen,
    },
  ),
];

type Backend = Awaited<ReturnType<typeof startTestBackend>>;

function call(backend: Backend, route: string, path: string, header: string) {
  const method = route.split(' ')[0] === 'POST' ? 'post' : 'get';
  return request(backend.server)[method](path).set('Authorization', header);
}

/** The denied entity a `denied` path names. */
const DENIED_NAME = /payroll-[a-z]+/;

const USER = mockCredentials.user.header('user:default/someone');
const SERVICE = mockCredentials.service.header();

function deniedMarkersIn(text: string): string[] {
  const lower = text.toLocaleLowerCase('en-US');
  return DENIED_MARKERS.filter(marker =>
    lower.includes(marker.toLocaleLowerCase('en-US')),
  );
}

async function until(what: string, done: () => Promise<boolean>) {
  const deadline = Date.now() + 45_000;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

/** The routes the Stagecraft backends register, as `GET /api/x/y/:id`, sorted. */
function stagecraftRoutes(backend: Backend): string[] {
  // Paths starting with a dot (auth, permission metadata) are Backstage's own.
  return registeredRoutes(backend.server as any).filter(route =>
    STAGECRAFT_PLUGINS.some(id => {
      const path = route.split(' ')[1];
      return path.startsWith(`/api/${id}/`) && !path.startsWith(`/api/${id}/.`);
    }),
  );
}

/** The rows of the route table in docs/architecture.md, as `GET /api/x/y/:id`, sorted. */
function documentedRoutes(): string[] {
  const doc = readFileSync(
    resolvePath(__dirname, '../../../docs/architecture.md'),
    'utf8',
  );
  return [...doc.matchAll(/^\| (GET|POST) +\| `(\/api\/[^`]+)` +\|/gm)]
    .map(([, method, route]) => `${method} ${route}`)
    .sort();
}

describe('every Stagecraft route under a policy that denies entities', () => {
  let backend: Backend;

  beforeAll(async () => {
    const mockDir = createMockDirectory();
    mockDir.setContent({ 'catalog.yaml': RESTRICTED_CATALOG });
    backend = await startTestBackend({
      features: [
        catalogPlugin,
        permissionPlugin,
        denyRestrictedPolicyModule,
        onBehalfOfAuthServiceFactory,
        inMemoryDatabaseServiceFactory,
        readinessPlugin,
        secretsPlugin,
        pipelinesPlugin,
        blastRadiusPlugin,
        mockServices.rootConfig.factory({
          data: {
            permission: { enabled: true },
            catalog: {
              rules: [
                {
                  allow: [
                    'Component',
                    'System',
                    'Resource',
                    'Location',
                    'Group',
                    'User',
                  ],
                },
              ],
              locations: [
                { type: 'file', target: mockDir.resolve('catalog.yaml') },
              ],
              processingInterval: { seconds: 1 },
            },
            stagecraft: {
              blastRadius: { indexMaxAgeSeconds: 0 },
              readiness: {
                campaigns: {
                  seed: [
                    {
                      id: 'peak',
                      name: 'Peak',
                      startDate: '2026-01-01',
                      deadline: '2099-12-31',
                      scope: { owners: ['shop-team', 'payroll-team'] },
                      requiredChecks: ['runbook', 'load-test'],
                    },
                  ],
                },
              },
            },
          },
        }),
      ],
    });

    // Services read everything: wait until the catalog, its relations and readiness are complete.
    const asService = (path: string) =>
      request(backend.server).get(path).set('Authorization', SERVICE);
    await until('the catalog', async () => {
      const res = await asService('/api/catalog/entities?fields=kind');
      return (
        res.body.filter((e: { kind: string }) => e.kind !== 'Location')
          .length === RESTRICTED_CATALOG_SIZE
      );
    });
    await until('relations', async () => {
      const res = await asService(
        '/api/blast-radius/entities/resource/default/shop-db-password/blast-radius',
      );
      return res.status === 200 && res.text.includes('payroll-api');
    });
    await until('readiness results', async () => {
      await request(backend.server)
        .post('/api/readiness/evaluate')
        .set('Authorization', SERVICE);
      const res = await asService('/api/readiness/results');
      return res.body.items?.length === READINESS_EVALUATED.length;
    });
  });

  afterAll(() => backend?.stop());

  it('lists every registered route of every Stagecraft backend', () => {
    expect(stagecraftRoutes(backend)).toEqual(ROUTES.map(r => r.route).sort());
  });

  it('documents every registered route in docs/architecture.md', () => {
    expect(documentedRoutes()).toEqual(stagecraftRoutes(backend));
  });

  it.each(ROUTES.map(r => [r.route, r.allowed] as const))(
    '%s answers a user without naming a denied entity',
    async (route, allowed) => {
      const res = await call(backend, route, allowed.path, USER);
      expect(res.status).toBe(allowed.status);
      expect(deniedMarkersIn(res.text)).toEqual([]);
    },
  );

  it.each(
    ROUTES.filter(r => r.servicesSeeDenied).map(
      r => [r.route, r.allowed] as const,
    ),
  )(
    '%s names denied entities to a service (so it can leak)',
    async (route, allowed) => {
      const res = await call(backend, route, allowed.path, SERVICE);
      expect(deniedMarkersIn(res.text)).not.toEqual([]);
    },
  );

  it.each(ROUTES.filter(r => r.denied).map(r => [r.route, r.denied!] as const))(
    '%s answers a denied entity exactly as one that does not exist',
    async (route, denied) => {
      const refused = await call(backend, route, denied, USER);
      const missing = await call(
        backend,
        route,
        denied.replace(DENIED_NAME, 'no-such-entity'),
        USER,
      );
      expect(refused.status).toBe(404);
      expect(missing.status).toBe(404);
      // Only the name asked for may differ.
      const asked = refused.text.replace(
        new RegExp(DENIED_NAME.source, 'g'),
        'no-such-entity',
      );
      expect(asked).toEqual(missing.text);
    },
  );

  it('counts only readable entities in readiness aggregates', async () => {
    const trend = await call(
      backend,
      'GET',
      '/api/readiness/trend?days=1',
      USER,
    );
    const summary = await call(backend, 'GET', '/api/readiness/summary', USER);
    const readable = READINESS_EVALUATED.filter(
      ref => !deniedMarkersIn(ref).length,
    );
    expect(
      trend.body.items.map((p: { entities: number }) => p.entities),
    ).toEqual([readable.length]);
    expect(
      summary.body.items.reduce(
        (n: number, row: { entities: number }) => n + row.entities,
        0,
      ),
    ).toBe(readable.length);
  });
});
