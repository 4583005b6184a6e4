import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';

/** The PostgreSQL server the tests use when its connection string is set (PostgreSQL 15 in CI). */
export const POSTGRES_ID: TestDatabaseId = 'POSTGRES_15';
export const POSTGRES_ENV =
  'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';

export const postgresAvailable = Boolean(process.env[POSTGRES_ENV]);

/**
 * SQLite always; PostgreSQL only when its connection string is set, never
 * through Docker. Call it at the top of a test file: it registers the hook
 * that shuts the databases down.
 */
export function createTestDatabases(): TestDatabases {
  return TestDatabases.create({
    ids: postgresAvailable ? ['SQLITE_3', POSTGRES_ID] : ['SQLITE_3'],
    disableDocker: true,
  });
}

/**
 * A fresh database of `databaseId` as a plugin's database service (its store's
 * `create({ database })` runs the migrations), and its `knex`.
 */
export async function freshPluginDatabase(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
) {
  const knex = await databases.init(databaseId);
  return { knex, database: { getClient: async () => knex } };
}
