import { DatabaseManager } from '@backstage/backend-defaults/database';
import { ConfigReader } from '@backstage/config';
import { mockServices } from '@backstage/backend-test-utils';
import {
  dropDatabases,
  queryPluginDatabase,
  REPLICA_POSTGRES_URL,
} from './__testUtils__/replicaDatabases';

jest.setTimeout(60_000);

// backend-defaults 0.18.0 called `includes` on the knex config object in its shutdown hook;
// the TypeError was swallowed, so no pool was closed. The root package.json patches it.
describe('the backend closes its PostgreSQL pools at shutdown', () => {
  const prefix = `stagecraft_shutdown_${process.pid}_`;
  afterAll(() => dropDatabases(prefix));

  it('leaves no connection to a plugin database once the root lifecycle shuts down', async () => {
    const shutdownHooks: Array<() => Promise<void>> = [];
    const manager = DatabaseManager.fromConfig(
      new ConfigReader({
        backend: {
          database: { client: 'pg', connection: REPLICA_POSTGRES_URL, prefix },
        },
      }),
      {
        rootLogger: mockServices.rootLogger(),
        rootLifecycle: {
          addStartupHook: () => {},
          addBeforeShutdownHook: () => {},
          addShutdownHook: hook => {
            shutdownHooks.push(async () => hook());
          },
        },
      },
    );
    const knex = await manager
      .forPlugin('probe', {
        logger: mockServices.logger.mock(),
        lifecycle: mockServices.lifecycle.mock(),
      })
      .getClient();
    await knex.raw('select 1');
    const connectionsOf = async () =>
      (
        await queryPluginDatabase<{ open: string }>(
          prefix,
          'probe',
          `SELECT count(*) AS open FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid()`,
        )
      )[0].open;
    expect(Number(await connectionsOf())).toBeGreaterThan(0);

    await Promise.all(shutdownHooks.map(hook => hook()));

    await expect(knex.raw('select 1')).rejects.toThrow();
    expect(Number(await connectionsOf())).toBe(0);
  });
});
