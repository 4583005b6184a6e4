import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { dumpDatabase } from './dumpDatabase';

/**
 * A database service that gives each plugin its own test database, as
 * production does (plugins' migration tables would collide in a shared one),
 * and can dump all of them.
 */
export function perPluginDatabases(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
) {
  const clients = new Map<string, Promise<Knex>>();
  const clientFor = (pluginId: string) => {
    if (!clients.has(pluginId)) {
      clients.set(pluginId, databases.init(databaseId));
    }
    return clients.get(pluginId)!;
  };
  return {
    factory: createServiceFactory({
      service: coreServices.database,
      deps: { plugin: coreServices.pluginMetadata },
      async factory({ plugin }) {
        return { getClient: () => clientFor(plugin.getId()) };
      },
    }),
    /** Every row of every table of every plugin's database. */
    async dump(): Promise<{ tables: string[]; text: string }> {
      const dumps = await Promise.all(
        [...clients].map(async ([pluginId, client]) => {
          const dump = await dumpDatabase(await client);
          return {
            tables: dump.tables.map(table => `${pluginId}:${table}`),
            text: dump.text,
          };
        }),
      );
      return {
        tables: dumps.flatMap(d => d.tables),
        text: dumps.map(d => d.text).join('\n'),
      };
    },
    async destroy() {
      await Promise.all(
        [...clients.values()].map(async c => (await c).destroy()),
      );
    },
  };
}
