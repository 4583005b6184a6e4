import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

/**
 * The plugin's database client, its migrations in `directory` run to the latest first,
 * unless the database service says to skip migrations.
 *
 * @public
 */
export async function migratedDatabase(
  database: DatabaseService,
  directory: string,
): Promise<Knex> {
  const knex = await database.getClient();
  if (!database.migrations?.skip) {
    await knex.migrate.latest({ directory });
  }
  return knex;
}
