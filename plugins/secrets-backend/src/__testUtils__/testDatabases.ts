/* eslint-disable jest/no-export -- a helper module: postgresTestsRun declares a skipped test in its caller's describe */
import { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  createTestDatabases,
  freshPluginDatabase,
  postgresTestsRun,
} from '@internal/stagecraft-test-utils';
import knexFactory, { Knex } from 'knex';
import { DriftStore } from '../database/DriftStore';

/** SQLite, and PostgreSQL where it is configured (one set per test file). */
export const databases = createTestDatabases();

/** Whether the PostgreSQL tests run (see test-utils). */
export { postgresTestsRun };

/** A fresh database of `databaseId` with the plugin's tables, and a `DriftStore` on it. */
export async function driftStoreOn(databaseId: TestDatabaseId) {
  const fresh = await freshPluginDatabase(databases, databaseId);
  return { knex: fresh.knex, store: await DriftStore.create(fresh) };
}

/**
 * Call in a `describe`: opens another connection to a test's database, as a second replica
 * has its own; they are closed after the describe's tests.
 */
export function secondConnections(): (knex: Knex) => Knex {
  const opened: Knex[] = [];
  afterAll(() => Promise.all(opened.map(knex => knex.destroy())));
  return knex => {
    const other = knexFactory(knex.client.config);
    opened.push(other);
    return other;
  };
}
