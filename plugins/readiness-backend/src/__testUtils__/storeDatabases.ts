import { DatabaseService } from '@backstage/backend-plugin-api';
import { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  createTestDatabases,
  freshPluginDatabase,
} from '@internal/stagecraft-test-utils';

/**
 * Call at the top of a store's test file: SQLite, and PostgreSQL where configured,
 * and `storeOn(id)`, a store made by `create` on a fresh database of `id`.
 */
export function storeDatabases<TStore>(
  create: (options: { database: DatabaseService }) => Promise<TStore>,
) {
  const databases = createTestDatabases();
  return {
    databases,
    storeOn: async (databaseId: TestDatabaseId) =>
      create(await freshPluginDatabase(databases, databaseId)),
  };
}
