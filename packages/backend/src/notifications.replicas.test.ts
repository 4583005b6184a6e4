import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import notificationsPlugin from '@backstage/plugin-notifications-backend';
import readinessPlugin from '@stagecraft/plugin-readiness-backend';
import {
  asUser,
  catalogFile,
  eventually,
  postgresAvailable,
  POSTGRES_ENV,
  startCatalog,
  TestCatalog,
  teamEntity,
  userEntity,
  writeCatalogFiles,
} from '@internal/stagecraft-test-utils';
import fs from 'fs';

/** The few calls of `pg` (a dependency of this package, without types here) that clean up. */
type PgClient = {
  connect(): Promise<void>;
  query(sql: string, values?: unknown[]): Promise<{ rows: any[] }>;
  end(): Promise<void>;
};
const { Client } = require('pg') as {
  Client: new (options: { connectionString?: string }) => PgClient;
};

/**
 * Issue 16: several backend replicas never send the same notification twice. Two real
 * backends — the real catalog, the readiness plugin and the notifications backend, each
 * with the real database service and scheduler — share one PostgreSQL server (one
 * database per plugin, as in production). Both evaluate the same entity at the same
 * time, again and again, while a check starts failing and recovers; the notifications
 * backend's deliveries (each publishes a `new_notification` signal) are counted across
 * both.
 */

jest.setTimeout(180_000);

const ALICE = 'user:default/alice';
const ORDERS = 'component/default/orders';

function catalogYaml(withRunbook: boolean) {
  const links = withRunbook
    ? `
  links:
    - url: https://wiki.example.com/orders/runbook
      title: Orders runbook
      type: runbook`
    : '';
  return `${catalogFile([
    teamEntity('orders-team'),
    userEntity('alice', ['orders-team']),
  ])}---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: orders
  title: Orders${links}
spec:
  type: service
  lifecycle: production
  owner: group:default/orders-team
`;
}

type Delivery = { user: string; notificationId: string };

describe('two backends on one PostgreSQL database', () => {
  if (!postgresAvailable) {
    // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect
    it.skip(`PostgreSQL skipped: set ${POSTGRES_ENV}=postgresql://postgres@127.0.0.1:5432 to run it`, () => {});
    return;
  }

  const prefix = `stagecraft_replicas_${process.pid}_${Date.now()}_`;
  const files = writeCatalogFiles({ 'catalog.yaml': catalogYaml(true) });
  const deliveries: Delivery[] = [];
  const replicas: TestCatalog[] = [];

  /** The notifications backend publishes one signal per delivery to a user. */
  function recordingEvents() {
    return mockServices.events.mock({
      publish: async ({ topic, eventPayload }) => {
        const signal = eventPayload as {
          recipients?: { entityRef?: string[] };
          message?: { action?: string; notification_id?: string };
        };
        if (
          topic === 'signals' &&
          signal.message?.action === 'new_notification'
        ) {
          for (const user of signal.recipients?.entityRef ?? []) {
            deliveries.push({
              user,
              notificationId: signal.message.notification_id!,
            });
          }
        }
      },
    }).factory;
  }

  function startReplica() {
    return startCatalog({
      locations: files.paths,
      modules: [],
      config: {
        backend: {
          database: {
            client: 'pg',
            connection: process.env[POSTGRES_ENV],
            prefix,
          },
        },
        stagecraft: {
          readiness: {
            schedule: {
              frequency: { trigger: 'manual' },
              timeout: { minutes: 5 },
            },
          },
        },
      },
      features: [
        // The real database service (one database per plugin under `prefix`) and scheduler.
        mockServices.database.factory(),
        schedulerServiceFactory,
        recordingEvents(),
        readinessPlugin,
        notificationsPlugin,
      ],
    }).then(replica => {
      replicas.push(replica);
      return replica;
    });
  }

  afterAll(async () => {
    await Promise.all(replicas.map(replica => replica.stop()));
    files.remove();
    const client = new Client({ connectionString: process.env[POSTGRES_ENV] });
    await client.connect();
    const { rows } = await client.query(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${prefix}%`],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    await client.end();
  });

  /** Both replicas evaluate the entity at once, twice each. */
  async function evaluateOnBoth(a: TestCatalog, b: TestCatalog) {
    deliveries.length = 0;
    const responses = await Promise.all(
      [a, b, a, b].map(replica =>
        replica.request.post(`/api/readiness/entities/${ORDERS}/evaluate`),
      ),
    );
    for (const response of responses) expect(response.status).toBe(200);
    return responses[0].body as {
      checks: Array<{ checkId: string; status: string }>;
    };
  }

  async function alicesNotifications(replica: TestCatalog) {
    const response = await asUser(
      replica.server,
      mockCredentials.user.header(ALICE),
    ).get('/api/notifications/notifications');
    expect(response.status).toBe(200);
    return response.body.notifications as Array<{
      id: string;
      origin: string;
      payload: {
        title: string;
        topic: string;
        scope: string;
        severity: string;
      };
    }>;
  }

  async function catalogShowsRunbook(replica: TestCatalog, expected: boolean) {
    await eventually(
      `orders with${expected ? '' : 'out'} its runbook link`,
      async () => {
        const response = await replica.request.get(
          `/api/catalog/entities/by-name/${ORDERS}`,
        );
        if (response.status !== 200) return false;
        const links: Array<{ type?: string }> =
          response.body.metadata.links ?? [];
        return links.some(link => link.type === 'runbook') === expected;
      },
    );
  }

  it('sends each transition once, whichever replica evaluates it', async () => {
    const a = await startReplica();
    const b = await startReplica();
    await catalogShowsRunbook(a, true);
    await catalogShowsRunbook(b, true);

    // First sighting: each failing check is told once; the passing ones are not.
    const first = await evaluateOnBoth(a, b);
    const failing = first.checks.filter(
      c => c.status === 'fail' && c.checkId !== 'production-complete',
    );
    expect(failing.length).toBeGreaterThan(0);
    expect(first.checks.find(c => c.checkId === 'runbook')?.status).toBe(
      'pass',
    );
    expect(deliveries).toHaveLength(failing.length);
    expect(new Set(deliveries.map(d => d.notificationId)).size).toBe(
      failing.length,
    );
    expect(deliveries.every(d => d.user === ALICE)).toBe(true);
    let notifications = await alicesNotifications(b);
    expect(notifications.map(n => n.payload.topic).sort()).toEqual(
      failing.map(c => `readiness:${c.checkId}`).sort(),
    );
    expect(notifications.every(n => n.origin === 'plugin:readiness')).toBe(
      true,
    );

    // Nothing changed: nothing is sent.
    await evaluateOnBoth(a, b);
    expect(deliveries).toEqual([]);

    // The runbook link goes: one notification, though four evaluations saw it.
    fs.writeFileSync(files.paths[0], catalogYaml(false));
    await catalogShowsRunbook(a, false);
    const second = await evaluateOnBoth(a, b);
    expect(second.checks.find(c => c.checkId === 'runbook')?.status).toBe(
      'fail',
    );
    expect(deliveries).toHaveLength(1);
    notifications = await alicesNotifications(a);
    const runbook = notifications.find(
      n => n.payload.topic === 'readiness:runbook',
    )!;
    expect(runbook).toMatchObject({
      id: deliveries[0].notificationId,
      payload: {
        title: 'Orders: readiness check "Runbook" is failing',
        severity: 'high',
        scope: 'readiness:runbook:component:default/orders',
      },
    });

    // It comes back: one "passes again", which updates the same notification.
    fs.writeFileSync(files.paths[0], catalogYaml(true));
    await catalogShowsRunbook(a, true);
    await evaluateOnBoth(a, b);
    expect(deliveries).toEqual([{ user: ALICE, notificationId: runbook.id }]);
    notifications = await alicesNotifications(b);
    expect(notifications).toHaveLength(failing.length + 1);
    expect(notifications.find(n => n.id === runbook.id)?.payload).toMatchObject(
      {
        title: 'Orders: readiness check "Runbook" passes again',
        severity: 'low',
      },
    );
  });
});
