import { mockServices } from '@backstage/backend-test-utils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import createKnex, { Knex } from 'knex';
import {
  createTestDatabases,
  POSTGRES_ID,
  postgresAvailable,
} from '@internal/stagecraft-test-utils';
import { TransitionTracker } from './TransitionTracker';
import { ObservedState } from './types';

jest.setTimeout(120_000);

const KEYS = 60;
const ROUNDS = 6;

const check = (index: number, state: 'passing' | 'failing'): ObservedState => ({
  key: `readiness:monitors:component:default/service-${index}`,
  entityRef: `component:default/service-${index}`,
  ownerRef: `group:default/team-${index % 5}`,
  state,
  severity: state === 'failing' ? 'high' : 'low',
  topic: 'readiness:monitors',
  title: `service-${index}: monitors ${state}`,
});

describe('two tracker instances on one PostgreSQL database', () => {
  if (!postgresAvailable) {
    // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect
    it.skip('PostgreSQL 15 skipped: set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING=postgresql://postgres@127.0.0.1:5432 to run it', () => {});
    return;
  }
  const databases = createTestDatabases();
  let second: Knex | undefined;
  afterEach(async () => {
    await second?.destroy();
  });

  it('send exactly one notification per transition when fed the same transitions at once', async () => {
    const first = await databases.init(POSTGRES_ID);
    // A second connection pool to the same database, as a second replica has.
    second = createKnex({
      client: 'pg',
      connection: first.client.config.connection,
    });
    const sends: NotificationSendOptions[] = [];
    // The boundary: each replica's own NotificationService. A send takes a little while.
    const notifications = () => ({
      send: jest.fn(async (options: NotificationSendOptions) => {
        await new Promise(resolve => setTimeout(resolve, Math.random() * 20));
        sends.push(options);
      }),
    });
    const logger = mockServices.logger.mock();
    const replicaA = await TransitionTracker.create({
      database: { getClient: async () => first },
      notifications: notifications(),
      logger,
    });
    const replicaB = await TransitionTracker.create({
      database: { getClient: async () => second! },
      notifications: notifications(),
      logger,
    });

    const sentBy = { a: 0, b: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      // Every key flips each round; the first round is a first sighting of a bad state.
      const state = round % 2 === 0 ? 'failing' : 'passing';
      const states = Array.from({ length: KEYS }, (_, i) => check(i, state));
      sends.length = 0;
      const [a, b] = await Promise.all([
        replicaA.observe(states),
        replicaB.observe([...states].reverse()),
      ]);
      expect(a.changed + b.changed).toBe(KEYS);
      expect(a.sent + b.sent).toBe(KEYS);
      expect(a.failed + b.failed).toBe(0);
      expect(sends.map(s => s.payload.title).sort()).toEqual(
        states.map(s => s.title).sort(),
      );
      sentBy.a += a.sent;
      sentBy.b += b.sent;
    }
    // Both replicas really raced: each won some of the sends.
    expect(sentBy.a).toBeGreaterThan(0);
    expect(sentBy.b).toBeGreaterThan(0);
    // Once the transitions are told, neither replica sends them again.
    sends.length = 0;
    const states = Array.from({ length: KEYS }, (_, i) => check(i, 'passing'));
    await Promise.all([replicaA.observe(states), replicaB.observe(states)]);
    expect(sends).toHaveLength(0);
  });
});
