import fs from 'fs';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockServices, TestDatabaseId } from '@backstage/backend-test-utils';
import {
  notificationService,
  NotificationSendOptions,
} from '@backstage/plugin-notifications-node';
import {
  SecretStoreItem,
  SecretStoreReadError,
  secretStoreReadersExtensionPoint,
} from '@stagecraft/plugin-secrets-node';
import {
  deferred,
  catalogEntity,
  catalogFile,
  eventually,
  initModule,
  POSTGRES_ID,
  secretStoreEntity,
  startCatalog,
  TestCatalog,
  writeCatalogFiles,
} from '@internal/stagecraft-test-utils';
import { Knex } from 'knex';
import { RECONCILE_TASK_ID, secretsPlugin } from './plugin';
import { ownDatabase } from './__testUtils__/ownDatabase';
import * as testDb from './__testUtils__/testDatabases';
import { ORDERS_DB, PLATFORM, TEAM_A } from './__testUtils__/refs';

jest.setTimeout(120_000);

const DESCRIPTION = 'Password of the orders_app user on the orders database.';

/** A Vault store owned by platform, holding team-a's compliant orders database password. */
const catalogYaml = (description?: string) =>
  catalogFile([
    catalogEntity('Group', 'team-a', { type: 'team', children: [] }),
    catalogEntity('Group', 'platform', { type: 'team', children: [] }),
    secretStoreEntity('vault-prod', 'hashicorp-vault', 'group:platform', {
      title: 'Vault (prod)',
    }),
    catalogEntity(
      'Resource',
      {
        name: 'orders-db-password',
        title: 'Orders database password',
        ...(description ? { description } : {}),
        annotations: {
          'stagecraft.io/secret-kind': 'password',
          'stagecraft.io/secret-path': 'prod/orders/db',
          'stagecraft.io/rotation-period': '30d',
        },
        links: [
          {
            url: 'https://wiki.example.com/rotate-orders-db',
            title: 'Rotating the orders database password',
            type: 'rotation-guide',
          },
        ],
      },
      {
        type: 'secret',
        lifecycle: 'production',
        owner: 'team-a',
        dependsOn: ['resource:vault-prod'],
      },
    ),
    catalogEntity('Component', 'orders-web', {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:team-a',
      dependsOn: ['resource:orders-db-password'],
    }),
  ]);

const ENTITIES = 5;

/** What the Vault store answers: its items, or a failure; `inStep` holds each read until both replicas read. */
type Vault = {
  items: SecretStoreItem[];
  fail: boolean;
  inStep?: () => Promise<void>;
};

const ordersDbItem = (): SecretStoreItem => ({
  name: 'prod/orders/db',
  kind: 'secret',
  lastRotated: new Date(Date.now() - 86_400_000).toISOString(),
});
const shadowItem = (name: string): SecretStoreItem => ({
  name,
  kind: 'secret',
});

const vaultReaderModule = (vault: Vault) =>
  initModule(
    { pluginId: 'secrets', moduleId: 'test-vault-reader' },
    { readers: secretStoreReadersExtensionPoint },
    async ({ readers }) => {
      readers.addReader({
        provider: 'hashicorp-vault',
        listItems: async store => {
          await vault.inStep?.();
          if (vault.fail) {
            throw new SecretStoreReadError({
              kind: 'access-denied',
              storeRef: `resource:default/${store.metadata.name}`,
              operation: 'LIST metadata',
              message: 'Vault refused the token',
            });
          }
          return vault.items.map(item => ({ ...item }));
        },
      });
    },
  );

/** The notifications backend's client, recording what is sent: the one thing mocked. */
const recordedNotifications = (sent: NotificationSendOptions[]) =>
  createServiceFactory({
    service: notificationService,
    deps: {},
    factory: () => ({
      send: async options => {
        sent.push(options);
      },
    }),
  });

/** One backend: the real catalog over `catalogFile`, the secrets plugin on `secretsDb`. */
async function startReplica(options: {
  secretsDb: Knex;
  catalogFile: string;
  vault: Vault;
  sent: NotificationSendOptions[];
  enabled?: boolean;
}) {
  const scheduler = mockServices.scheduler();
  const backend = await startCatalog({
    modules: ['portal-links'],
    locations: [options.catalogFile],
    expectedEntities: ENTITIES,
    config: {
      stagecraft: {
        secrets: {
          review: { cacheTtl: { milliseconds: 1 } },
          notifications: { enabled: options.enabled ?? true },
        },
      },
    },
    features: [
      secretsPlugin,
      ownDatabase(options.secretsDb),
      // Tasks run when the test triggers them.
      createServiceFactory({
        service: coreServices.scheduler,
        deps: {},
        factory: () => scheduler,
      }),
      vaultReaderModule(options.vault),
      recordedNotifications(options.sent),
    ],
  });
  return {
    backend,
    /** The scheduled task, as the scheduler runs it. */
    run: () => scheduler.triggerTask(RECONCILE_TASK_ID),
  };
}

const recipientOf = (n: NotificationSendOptions) =>
  (n.recipients as { entityRef: string }).entityRef;

/** A notification to the orders database password's owner (team-a), linking to its page. */
const toOrdersDbOwner = (payload: object) => ({
  recipients: { type: 'entity', entityRef: TEAM_A },
  payload: expect.objectContaining({
    link: '/catalog/default/resource/orders-db-password',
    ...payload,
  }),
});

/** Who is told, on which topic, what: `<recipient> <topic>: <title>`. */
const summary = (n: NotificationSendOptions) =>
  `${recipientOf(n)} ${n.payload.topic}: ${n.payload.title}`;

describe('secrets notifications with the real catalog', () => {
  testDb.postgresTestsRun();

  describe.each(testDb.databases.eachSupportedId())(
    'on %s',
    (databaseId: TestDatabaseId) => {
      const sent: NotificationSendOptions[] = [];
      const vault: Vault = { items: [ordersDbItem()], fail: false };
      let files: ReturnType<typeof writeCatalogFiles>;
      let backend: TestCatalog;
      let run: () => Promise<void>;

      beforeAll(async () => {
        files = writeCatalogFiles({ 'catalog.yaml': catalogYaml(DESCRIPTION) });
        const replica = await startReplica({
          secretsDb: await testDb.databases.init(databaseId),
          catalogFile: files.paths[0],
          vault,
          sent,
        });
        backend = replica.backend;
        run = replica.run;
        // The first run: no finding, every secret compliant; nothing to tell.
        await run();
      });
      afterAll(async () => {
        await backend?.stop();
        files?.remove();
      });
      beforeEach(() => {
        sent.length = 0;
        vault.items = [ordersDbItem()];
        vault.fail = false;
      });

      it("tells the store's owner once of a shadow secret that appears, and nothing on the next run", async () => {
        const drift = await backend.request.get('/api/secrets/drift');
        expect(drift.body.stores[0].findings).toEqual([]);
        expect(sent).toEqual([]);

        vault.items.push(shadowItem('kv/new/shadow'));
        await run();
        expect(sent).toEqual([
          {
            recipients: { type: 'entity', entityRef: PLATFORM },
            payload: {
              title: 'Shadow secret in Vault (prod): kv/new/shadow',
              description: expect.stringContaining(
                'kv/new/shadow (secret) is in the store, and no catalog secret names it.',
              ),
              link: '/secrets/drift?store=resource%3Adefault%2Fvault-prod&kind=shadow&q=kv%2Fnew%2Fshadow',
              severity: 'high',
              topic: 'secrets:shadow',
              scope:
                'secrets:shadow:resource:default/vault-prod:item:kv/new/shadow',
            },
          },
        ]);

        sent.length = 0;
        vault.items.push(shadowItem('kv/new/shadow'));
        await run();
        expect(sent).toEqual([]);

        // Resolved (told, as it was told failing), then back: a new transition, told again.
        vault.items = [ordersDbItem()];
        await run();
        expect(sent.map(summary)).toEqual([
          `${PLATFORM} secrets:shadow: Resolved: Shadow secret in Vault (prod): kv/new/shadow`,
        ]);
        expect(sent[0].payload.severity).toBe('low');

        sent.length = 0;
        vault.items.push(shadowItem('kv/new/shadow'));
        await run();
        expect(sent.map(summary)).toEqual([
          `${PLATFORM} secrets:shadow: Shadow secret in Vault (prod): kv/new/shadow`,
        ]);

        // Leave the store clean for the next test.
        sent.length = 0;
        vault.items = [ordersDbItem()];
        await run();
        // Any recipient and topic (neither has a space), a title that starts with Resolved.
        expect(sent.map(summary)).toEqual([
          expect.stringMatching(/^\S+ \S+: Resolved/),
        ]);
      });

      it('changes nothing while the store cannot be read, and resolves once it can', async () => {
        vault.items.push(shadowItem('kv/flaky/shadow'));
        await run();
        expect(sent.map(n => n.payload.title)).toEqual([
          'Shadow secret in Vault (prod): kv/flaky/shadow',
        ]);

        // Unreadable with the shadow gone and a new one there: unknown, nobody is told anything.
        sent.length = 0;
        vault.items = [ordersDbItem(), shadowItem('kv/other/shadow')];
        vault.fail = true;
        await run();
        const drift = await backend.request.get('/api/secrets/drift');
        expect(drift.body.stores[0]).toMatchObject({ status: 'unknown' });
        expect(sent).toEqual([]);

        vault.items = [ordersDbItem()];
        vault.fail = false;
        await run();
        expect(sent.map(n => n.payload.title)).toEqual([
          'Resolved: Shadow secret in Vault (prod): kv/flaky/shadow',
        ]);
      });

      it("tells a ghost to the secret's owner, linking to the secret's page", async () => {
        vault.items = [];
        await run();
        expect(sent).toEqual([
          toOrdersDbOwner({
            title: 'Ghost secret in Vault (prod): Orders database password',
            description: expect.stringContaining(
              'prod/orders/db is not in the store; 1 entity depends on it.',
            ),
            severity: 'high',
            topic: 'secrets:ghost',
          }),
        ]);

        sent.length = 0;
        vault.items = [ordersDbItem()];
        await run();
        expect(sent.map(summary)).toEqual([
          `${TEAM_A} secrets:ghost: Resolved: Ghost secret in Vault (prod): Orders database password`,
        ]);
      });

      it("tells a secret's owner when it turns non-compliant, with the failing rule and its fix, and when it complies again", async () => {
        const settle = async (hasDescription: boolean) =>
          eventually('the catalog to refresh the secret', async () => {
            const secret = await backend.catalog.entity(ORDERS_DB);
            return Boolean(secret?.metadata.description) === hasDescription;
          });

        fs.writeFileSync(files.paths[0], catalogYaml());
        await settle(false);
        await run();
        expect(sent).toEqual([
          toOrdersDbOwner({
            title: 'Secret "Orders database password" is not compliant',
            description: expect.stringMatching(
              /^Failing rules: description\. description: .+/,
            ),
            severity: 'normal',
            topic: 'secrets:non-compliant',
            scope: `secrets:non-compliant:${ORDERS_DB}`,
          }),
        ]);

        sent.length = 0;
        await run();
        expect(sent).toEqual([]);

        fs.writeFileSync(files.paths[0], catalogYaml(DESCRIPTION));
        await settle(true);
        await run();
        expect(sent.map(summary)).toEqual([
          `${TEAM_A} secrets:non-compliant: Secret "Orders database password" is compliant again`,
        ]);
      });
    },
  );
});

describe('secrets notifications turned off', () => {
  it('sends nothing, and the drift is still found', async () => {
    const sent: NotificationSendOptions[] = [];
    const files = writeCatalogFiles({ 'catalog.yaml': catalogYaml() });
    const { backend, run } = await startReplica({
      secretsDb: await testDb.databases.init('SQLITE_3'),
      catalogFile: files.paths[0],
      vault: { items: [shadowItem('kv/new/shadow')], fail: false },
      sent,
      enabled: false,
    });
    try {
      await run();
      const drift = await backend.request.get('/api/secrets/drift');
      expect(
        drift.body.stores[0].findings.map((f: { kind: string }) => f.kind),
      ).toEqual(['ghost', 'shadow']);
      expect(sent).toEqual([]);
    } finally {
      await backend.stop();
      files.remove();
    }
  });
});

describe('secrets notifications from two backends on one PostgreSQL database', () => {
  if (!testDb.postgresTestsRun()) return;
  const secondConnection = testDb.replicaConnections();

  it('sends each notification once when both run at the same moment', async () => {
    const knex = await testDb.databases.init(POSTGRES_ID);
    const otherKnex = secondConnection(knex);
    const files = writeCatalogFiles({ 'catalog.yaml': catalogYaml() });
    const sent: NotificationSendOptions[] = [];
    // Both replicas read the store, then wait for each other: they save and notify together.
    let waiting: ReturnType<typeof deferred<void>>[] = [];
    const vault: Vault = {
      items: [ordersDbItem()],
      fail: false,
      inStep: async () => {
        const mine = deferred<void>();
        waiting.push(mine);
        if (waiting.length === 2) waiting.forEach(d => d.resolve());
        await mine.promise;
      },
    };
    const replicas = [
      await startReplica({
        secretsDb: knex,
        catalogFile: files.paths[0],
        vault,
        sent,
      }),
      await startReplica({
        secretsDb: otherKnex,
        catalogFile: files.paths[0],
        vault,
        sent,
      }),
    ];
    const runBoth = async () => {
      waiting = [];
      await Promise.all(replicas.map(r => r.run()));
    };
    try {
      // The secret has no description: non-compliant from the first run.
      await runBoth();
      expect(sent.map(summary)).toEqual([
        `${TEAM_A} secrets:non-compliant: Secret "Orders database password" is not compliant`,
      ]);

      sent.length = 0;
      vault.items = [shadowItem('kv/new/shadow')];
      await runBoth();
      expect(
        [...sent]
          .sort((a, b) => a.payload.topic!.localeCompare(b.payload.topic!))
          .map(summary),
      ).toEqual([
        `${TEAM_A} secrets:ghost: Ghost secret in Vault (prod): Orders database password`,
        `${PLATFORM} secrets:shadow: Shadow secret in Vault (prod): kv/new/shadow`,
      ]);

      sent.length = 0;
      await runBoth();
      expect(sent).toEqual([]);
    } finally {
      await Promise.all(replicas.map(r => r.backend.stop()));
      files.remove();
    }
  });
});
