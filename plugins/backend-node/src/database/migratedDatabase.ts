import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { MigrationLockOptions, migrateToLatest } from './migrateToLatest';

/**
 * The plugin's database client, its migrations in `directory` run to the latest first,
 * unless the database service says to skip migrations. Replicas starting together run
 * them once: the others wait for it (see `MigrationLockOptions`).
 *
 * @public
 */
export async function migratedDatabase(
  database: DatabaseService,
  directory: string,
  options?: MigrationLockOptions,
): Promise<Knex> {
  return migratedWith(database, knex =>
    migrateToLatest(knex, { directory }, options),
  );
}

/** The plugin's database client, `migrate` run on it first unless the database service says to skip migrations. */
export async function migratedWith(
  database: DatabaseService,
  migrate: (knex: Knex) => Promise<void>,
): Promise<Knex> {
  const knex = await database.getClient();
  if (!database.migrations?.skip) {
    await migrate(knex);
  }
  return knex;
}
