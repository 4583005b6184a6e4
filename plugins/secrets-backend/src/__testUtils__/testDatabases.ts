/* eslint-disable jest/no-export -- a helper module: postgresTestsRun declares a skipped test in its caller's describe */
import { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  createTestDatabases,
  freshPluginDatabase,
  postgresTestsRun,
  replicaConnections,
} from '@internal/stagecraft-test-utils';
import { DriftStore } from '../database/DriftStore';

/** SQLite, and PostgreSQL where it is configured (one set per test file). */
export const databases = createTestDatabases();

/** Whether the PostgreSQL tests run; a second replica's connections (see test-utils). */
export { postgresTestsRun, replicaConnections };

/** A fresh database of `databaseId` with the plugin's tables, and a `DriftStore` on it. */
export async function driftStoreOn(databaseId: TestDatabaseId) {
  const fresh = await freshPluginDatabase(databases, databaseId);
  return { knex: fresh.knex, store: await DriftStore.create(fresh) };
}
