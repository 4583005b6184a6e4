import { createHash } from 'crypto';
import { DatabaseService, LoggerService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { migrateInCode, NamedMigration } from '../database/inCodeMigrations';
import { MigrationLockOptions } from '../database/migrateToLatest';
import { migratedWith } from '../database/migratedDatabase';
import { addClaimColumns } from './claimColumns';
import { ClaimedSends, ClaimedSendsOptions } from './ClaimedSends';

/**
 * A table of rows whose sends `ClaimedSends` claims, each row identified by the sha256
 * `id` of its `key`, created by migrations kept in code and recorded in its own
 * `migrationsTable`, so the plugin's own migrations (`knex_migrations`) never see them.
 */
export type ClaimedTable = {
  table: string;
  migrationsTable: string;
  migrations: NamedMigration[];
};

/** The `id` of the row of `key`. */
export const claimedRowId = (key: string) =>
  createHash('sha256').update(key).digest('hex');

/**
 * The claimed table `table`, created by one migration named `migrationName`: `id` and
 * `key`, the columns `addColumns` adds, then the claim columns; its migrations are recorded
 * in `<table>_migrations`. Part of frozen migrations: a later change to a table goes in a
 * new migration of it, never here.
 */
export function claimedTable(
  table: string,
  migrationName: string,
  comment: string,
  addColumns: (builder: Knex.CreateTableBuilder) => void,
): ClaimedTable {
  const creation: NamedMigration = {
    name: migrationName,
    async up(knex) {
      await knex.schema.createTable(table, builder => {
        builder.comment(comment);
        builder
          .string('id', 64)
          .primary()
          .notNullable()
          .comment('sha256 of the key');
        builder.text('key').notNullable();
        addColumns(builder);
        addClaimColumns(builder);
      });
    },
    async down(knex) {
      await knex.schema.dropTable(table);
    },
  };
  return {
    table,
    migrationsTable: `${table}_migrations`,
    migrations: [creation],
  };
}

export async function migrateClaimedTable(
  knex: Knex,
  target: ClaimedTable,
  options?: MigrationLockOptions,
): Promise<void> {
  await migrateInCode(knex, target.migrationsTable, target.migrations, options);
}

/** What a user of a claimed table works with. */
export type OpenedClaimedTable = {
  knex: Knex;
  claims: ClaimedSends;
  now: () => Date;
};

/**
 * Opens a claimed table on the plugin's database, migrating it first unless migrations are
 * skipped. Sends time out after 30 s and claims hold 10 minutes unless given.
 */
export async function openClaimedTable(
  target: ClaimedTable,
  options: {
    database: DatabaseService;
    logger: LoggerService;
  } & Partial<ClaimedSendsOptions>,
): Promise<OpenedClaimedTable> {
  const knex = await migratedWith(options.database, client =>
    migrateClaimedTable(client, target, { logger: options.logger }),
  );
  const now = options.now ?? (() => new Date());
  const claims = new ClaimedSends(knex, target.table, {
    now,
    sendTimeoutMs: options.sendTimeoutMs ?? 30_000,
    claimMs: options.claimMs ?? 10 * 60_000,
  });
  return { knex, claims, now };
}
