import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';

/** The PostgreSQL the tests use when its connection string is set (scripts/test-all.sh sets it). */
export const POSTGRES_ID: TestDatabaseId = 'POSTGRES_15';
export const postgresAvailable = Boolean(
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING,
);

/** SQLite always; PostgreSQL when configured, never through Docker. */
export function createTestDatabases(): TestDatabases {
  return TestDatabases.create({
    ids: postgresAvailable ? ['SQLITE_3', POSTGRES_ID] : ['SQLITE_3'],
    disableDocker: true,
  });
}
