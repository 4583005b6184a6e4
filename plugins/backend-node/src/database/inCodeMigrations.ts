import { Knex } from 'knex';
import { MigrationLockOptions, migrateToLatest } from './migrateToLatest';

/** A migration kept in code, named as knex records it. */
export type NamedMigration = Knex.Migration & { name: string };

/**
 * Runs migrations kept in code, so that a bundled backend finds them without a folder on
 * disk, recording them in their own `tableName` so the plugin's own migrations
 * (`knex_migrations`) never see them.
 */
export async function migrateInCode(
  knex: Knex,
  tableName: string,
  migrations: NamedMigration[],
  options?: MigrationLockOptions,
): Promise<void> {
  const migrationSource: Knex.MigrationSource<NamedMigration> = {
    getMigrations: async () => migrations,
    getMigrationName: migration => migration.name,
    getMigration: async migration => migration,
  };
  await migrateToLatest(knex, { migrationSource, tableName }, options);
}
