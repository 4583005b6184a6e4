/* eslint-disable jest/no-export -- a helper module: postgresTestsRun declares a skipped test in its caller's describe */
import { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  createTestDatabases,
  postgresAvailable,
} from '@internal/stagecraft-test-utils';
import knexFactory, { Knex } from 'knex';
import { DriftStore } from '../database/DriftStore';

/** SQLite, and PostgreSQL where it is configured (one set per test file). */
export const databases = createTestDatabases();

/**
 * Whether the PostgreSQL tests run. When they do not, a skipped test in the calling
 * `describe` says how to run them.
 */
export function postgresTestsRun(): boolean {
  if (!postgresAvailable) {
    // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect
    it.skip('PostgreSQL 15 skipped: set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING=postgresql://postgres@127.0.0.1:5432 to run it', () => {});
  }
  return postgresAvailable;
}

/** A fresh database of `databaseId` with the plugin's tables, and a `DriftStore` on it. */
export async function driftStoreOn(databaseId: TestDatabaseId) {
  const knex = await databases.init(databaseId);
  return {
    knex,
    store: await DriftStore.create({
      database: { getClient: async () => knex },
    }),
  };
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
