import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';

/**
 * A database service that gives the secrets plugin `secrets` (e.g. seeded with history) and
 * every other plugin a database of its own, as a real backend does: plugins sharing one knex
 * would share one migrations table.
 */
export function ownDatabase(secrets: Knex, databases: TestDatabases) {
  return createServiceFactory({
    service: coreServices.database,
    deps: { plugin: coreServices.pluginMetadata },
    factory: ({ plugin }) => ({
      getClient: async () =>
        plugin.getId() === 'secrets' ? secrets : databases.init('SQLITE_3'),
    }),
  });
}
