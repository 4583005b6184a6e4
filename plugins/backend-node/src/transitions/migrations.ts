import { Knex } from 'knex';
import { addClaimColumns } from '../claims/claimColumns';
import { migrateInCode, NamedMigration } from '../database/inCodeMigrations';
import { MigrationLockOptions } from '../database/migrateToLatest';

/** The table every tracker of a plugin shares, in the plugin's own database. */
export const TRANSITIONS_TABLE = 'stagecraft_transitions';

/** Its own migrations table, so the plugin's own migrations (`knex_migrations`) never see these. */
export const TRANSITIONS_MIGRATIONS_TABLE = 'stagecraft_transitions_migrations';

const migrations: NamedMigration[] = [
  {
    name: '20261206000000_transitions.js',
    async up(knex) {
      await knex.schema.createTable(TRANSITIONS_TABLE, table => {
        table.comment(
          'The last state of each observed key, and what its owner was last told about it',
        );
        table
          .string('id', 64)
          .primary()
          .notNullable()
          .comment('sha256 of the key');
        table.text('key').notNullable();
        table.text('entity_ref').notNullable();
        table.string('state', 255).notNullable();
        table.boolean('healthy').notNullable();
        table.string('previous_state', 255).nullable();
        table
          .integer('version')
          .notNullable()
          .comment('Incremented by each state change (compare-and-set)');
        table.timestamp('changed_at', { useTz: true }).notNullable();
        table
          .bigInteger('observed_at')
          .notNullable()
          .comment(
            'Epoch ms of the newest observation recorded; older ones change nothing',
          );
        table
          .integer('told_version')
          .notNullable()
          .defaultTo(0)
          .comment('The version whose notification was sent, or skipped');
        table.string('told_state', 255).nullable();
        table
          .boolean('told_healthy')
          .nullable()
          .comment(
            'Whether what the owner was last told was good; null: told nothing yet',
          );
        table.timestamp('told_at', { useTz: true }).nullable();
        addClaimColumns(table);
      });
    },
    async down(knex) {
      await knex.schema.dropTable(TRANSITIONS_TABLE);
    },
  },
];

export async function migrateTransitions(
  knex: Knex,
  options?: MigrationLockOptions,
): Promise<void> {
  await migrateInCode(knex, TRANSITIONS_MIGRATIONS_TABLE, migrations, options);
}
