import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { databases } from './testDatabases';

/**
 * A database service that gives the secrets plugin `secrets` (e.g. seeded with history) and
 * every other plugin a SQLite database of its own, as a real backend does: plugins sharing one knex
 * would share one migrations table.
 */
export function ownDatabase(secrets: Knex) {
  return createServiceFactory({
    service: coreServices.database,
    deps: { plugin: coreServices.pluginMetadata },
    factory: ({ plugin }) => ({
      getClient: async () =>
        plugin.getId() === 'secrets' ? secrets : databases.init('SQLITE_3'),
    }),
  });
}
