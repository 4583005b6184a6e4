import fs from 'fs';
import os from 'os';
import path from 'path';
import { mockCredentials } from '@backstage/backend-test-utils';
import {
  catalogEntity,
  catalogFile,
  catalogReadsForUsers,
  teamEntity,
  userEntity,
} from '@internal/stagecraft-test-utils';
import {
  TestServer,
  getBlastRadius,
  startBlastRadiusBackend,
  waitForBlastRadius,
} from './__testUtils__/startBlastRadiusBackend';

const CATALOG = `
apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: platform-team
  title: Platform
  annotations:
    stagecraft.io/oncall-contact: user:default/ana
  links:
    - url: https://oncall.example.com/platform
      title: Platform on-call
      type: oncall
spec:
  type: team
  children: []
  profile:
    email: platform@example.com
---
${catalogFile([
  teamEntity('shop-team'),
  userEntity('ana', ['platform-team'], {
    displayName: 'Ana Silva',
    email: 'ana@example.com',
  }),
  catalogEntity('System', 'shop', { owner: 'shop-team' }),
])}---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: vault
  links:
    - url: https://wiki.example.com/vault-runbook
      title: Vault runbook
      type: runbook
spec:
  type: secret-store
  owner: platform-team
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: db-password
spec:
  type: secret
  owner: shop-team
  system: shop
  dependsOn: [resource:default/vault]
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: checkout
spec:
  type: service
  lifecycle: production
  owner: shop-team
  system: shop
  dependsOn: [resource:default/db-password]
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: storefront
spec:
  type: website
  lifecycle: production
  owner: shop-team
  dependsOn: [component:default/checkout]
`;

const EXPECTED = [
  'resource:default/vault',
  'resource:default/db-password',
  'component:default/checkout',
  'component:default/storefront',
  'system:default/shop',
];

/** Users may read everything but secrets; services read everything. */
const noSecretsForUsers = catalogReadsForUsers({
  not: {
    rule: 'HAS_SPEC',
    resourceType: 'catalog-entity',
    params: { key: 'type', value: 'secret' },
  },
});

describe('blast radius backend', () => {
  let dir: string;
  let server: TestServer;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blast-radius-'));
    fs.writeFileSync(path.join(dir, 'catalog.yaml'), CATALOG);
    const backend = await startBlastRadiusBackend(
      path.join(dir, 'catalog.yaml'),
    );
    server = backend.server;
    stop = () => backend.stop();
    await waitForBlastRadius(server, 'resource:default/vault', EXPECTED);
  }, 90_000);

  afterAll(async () => {
    await stop?.();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers what breaks with a secret store, with distances and owners', async () => {
    const res = await getBlastRadius(server, 'resource:default/vault');
    expect(res.status).toBe(200);
    expect(
      Object.fromEntries(
        res.body.nodes.map((n: any) => [n.entityRef, n.distance]),
      ),
    ).toEqual({
      'resource:default/vault': 0,
      'resource:default/db-password': 1,
      'component:default/checkout': 2,
      'system:default/shop': 2,
      'component:default/storefront': 3,
    });
    expect(res.body.hiddenCount).toBe(0);
    const [platform, shop] = res.body.owners;
    expect(platform.owner.entityRef).toBe('group:default/platform-team');
    expect(platform.oncall).toEqual({
      entityRef: 'user:default/ana',
      name: 'Ana Silva',
      email: 'ana@example.com',
    });
    expect(platform.oncallSchedules).toEqual([
      {
        url: 'https://oncall.example.com/platform',
        title: 'Platform on-call',
        type: 'oncall',
      },
    ]);
    expect(platform.entities[0].runbooks).toEqual([
      {
        url: 'https://wiki.example.com/vault-runbook',
        title: 'Vault runbook',
        type: 'runbook',
      },
    ]);
    expect(shop.owner.entityRef).toBe('group:default/shop-team');
    expect(shop.oncall).toBeUndefined();
  });

  it('matches the entity in any case', async () => {
    const lower = await getBlastRadius(server, 'resource:default/vault');
    const mixed = await getBlastRadius(server, 'Resource:Default/Vault');
    expect(mixed.status).toBe(200);
    expect(mixed.body.root).toEqual(lower.body.root);
    expect(mixed.body.nodes).toEqual(lower.body.nodes);
  });

  it.each([
    [
      'depth',
      'resource:default/vault',
      'depth=1',
      ['resource:default/vault', 'resource:default/db-password'],
    ],
    [
      'direction and kinds',
      'component:default/storefront',
      'direction=dependencies&kinds=resource',
      [
        'component:default/storefront',
        'resource:default/db-password',
        'resource:default/vault',
      ],
    ],
    [
      'relations',
      'resource:default/db-password',
      'relations=partOf',
      ['resource:default/db-password', 'system:default/shop'],
    ],
  ])('applies %s from the query', async (_what, ref, query, nodes) => {
    const res = await getBlastRadius(server, ref, query);
    expect(res.body.nodes.map((n: any) => n.entityRef)).toEqual(nodes);
  });

  it('keeps the nearest entities up to the limit and still lists every owner to call', async () => {
    const res = await getBlastRadius(
      server,
      'resource:default/vault',
      'limit=2',
    );
    expect(res.status).toBe(200);
    expect(res.body.limit).toBe(2);
    expect(res.body.nodes.map((n: any) => n.entityRef)).toEqual([
      'resource:default/vault',
      'resource:default/db-password',
    ]);
    expect(res.body.totalCount).toBe(5);
    expect(res.body.omittedByKind).toEqual({ component: 2, system: 1 });
    expect(res.body.edges).toEqual([
      {
        source: 'resource:default/vault',
        target: 'resource:default/db-password',
        relations: ['dependencyOf'],
      },
    ]);
    const shop = res.body.owners.find(
      (o: any) => o.owner.entityRef === 'group:default/shop-team',
    );
    expect(shop).toMatchObject({ entityCount: 4, nearestDistance: 1 });
    expect(shop.entities.map((e: any) => e.entityRef)).toEqual([
      'resource:default/db-password',
    ]);

    const oneNode = await getBlastRadius(
      server,
      'resource:default/vault',
      'limit=1',
    );
    expect(
      oneNode.body.owners.map((o: any) => [
        o.owner.entityRef,
        o.entityCount,
        o.entities.length,
      ]),
    ).toEqual([
      ['group:default/platform-team', 1, 1],
      ['group:default/shop-team', 4, 0],
    ]);
  });

  it('marks an answer cut short by the depth as truncated', async () => {
    const shallow = await getBlastRadius(
      server,
      'resource:default/vault',
      'depth=1',
    );
    expect(shallow.body.truncated).toBe(true);
  });

  it.each([
    [
      'rejects a bad query with a message naming the parameter',
      'resource:default/vault',
      'depth=deep',
      400,
      'Invalid depth "deep": expected a whole number from 1 to 100, or "all"',
    ],
    [
      'rejects a limit out of range',
      'resource:default/vault',
      'limit=50000',
      400,
      'Invalid limit "50000": expected a whole number from 1 to 5000',
    ],
    [
      'answers 404 for an entity the catalog does not have',
      'component:default/nope',
      undefined,
      404,
      'No entity named component:default/nope',
    ],
  ])('%s', async (_case, ref, query, status, message) => {
    const res = await getBlastRadius(server, ref, query);
    expect(res.status).toBe(status);
    expect(res.body.error.message).toBe(message);
  });

  it('answers 401 without credentials', async () => {
    const res = await getBlastRadius(
      server,
      'resource:default/vault',
      '',
      mockCredentials.none.header(),
    );
    expect(res.status).toBe(401);
  });
});

describe('blast radius backend with catalog read permission', () => {
  it('leaves out what the user may not read and keeps the graph joined', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blast-radius-'));
    fs.writeFileSync(path.join(dir, 'catalog.yaml'), CATALOG);
    const backend = await startBlastRadiusBackend(
      path.join(dir, 'catalog.yaml'),
      [noSecretsForUsers.factory],
    );
    try {
      const result = await waitForBlastRadius(
        backend.server,
        'resource:default/vault',
        ['component:default/storefront', 'system:default/shop'],
      );
      expect(result.nodes.map(n => n.entityRef)).not.toContain(
        'resource:default/db-password',
      );
      expect(result.hiddenCount).toBe(1);
      expect(result.edges).toContainEqual({
        source: 'resource:default/vault',
        target: 'component:default/checkout',
        relations: [],
        indirect: true,
      });

      // Hidden entities are neither kept nor counted beyond the limit.
      const cut = await getBlastRadius(
        backend.server,
        'resource:default/vault',
        'limit=2',
      );
      expect(cut.body.nodes.map((n: any) => n.entityRef)).toEqual([
        'resource:default/vault',
        'component:default/checkout',
      ]);
      expect(cut.body.hiddenCount).toBe(1);
      expect(cut.body.totalCount).toBe(4);
      expect(cut.body.omittedByKind).toEqual({ component: 1, system: 1 });
      expect(
        cut.body.owners.find(
          (o: any) => o.owner.entityRef === 'group:default/shop-team',
        ),
      ).toMatchObject({ entityCount: 3, nearestDistance: 2 });

      const secret = await getBlastRadius(
        backend.server,
        'resource:default/db-password',
      );
      expect(secret.status).toBe(404);
    } finally {
      await backend.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
