import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { knex as createKnex, Knex } from 'knex';

/** What closing needs of knex's (tarn) connection pool. */
type ConnectionPool = {
  numUsed(): number;
  numPendingAcquires(): number;
  destroy(): Promise<unknown>;
};

/** How long closing waits for the queries already queued, at most. */
const QUEUED_QUERIES_TIMEOUT_MS = 5_000;

/**
 * Lets the queries the plugins queued before they stopped finish (aborted, each
 * would log an acquire error), then closes the database. A query started while
 * knex destroys its pool would wait there for the 60 s acquire timeout, keeping
 * the worker alive; destroying the pool again once knex has let go of it aborts
 * that wait.
 */
async function closeOnceQueuedQueriesEnd(knex: Knex) {
  const pool: ConnectionPool = knex.client.pool;
  const deadline = Date.now() + QUEUED_QUERIES_TIMEOUT_MS;
  while (
    pool.numUsed() + pool.numPendingAcquires() > 0 &&
    Date.now() < deadline
  ) {
    await new Promise(resolve => setTimeout(resolve, 10));
  }
  await knex.destroy();
  await pool.destroy();
}

/**
 * `startTestBackend`'s default database service (each plugin its own in-memory
 * better-sqlite3, as backend-defaults' `DatabaseManager` makes it) that also
 * closes those databases when the backend stops. `DatabaseManager` leaves SQLite
 * pools open at shutdown (destroying node-sqlite3 could hang), and each pool's
 * reaping interval then keeps the Jest worker from exiting; better-sqlite3
 * closes synchronously.
 */
export const inMemoryDatabaseServiceFactory = createServiceFactory({
  service: coreServices.database,
  deps: { rootLifecycle: coreServices.rootLifecycle },
  async createRootContext({ rootLifecycle }) {
    const opened: Knex[] = [];
    rootLifecycle.addShutdownHook(async () => {
      await Promise.all(opened.splice(0).map(closeOnceQueuedQueriesEnd));
    });
    return {
      open() {
        const knex = createKnex({
          client: 'better-sqlite3',
          connection: { filename: ':memory:' },
          useNullAsDefault: true,
        });
        opened.push(knex);
        return knex;
      },
    };
  },
  async factory(_deps, databases) {
    let knex: Knex | undefined;
    return {
      getClient: async () => (knex ??= databases.open()),
      migrations: { skip: false },
    };
  },
});
