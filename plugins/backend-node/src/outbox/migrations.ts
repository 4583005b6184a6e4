import { Knex } from 'knex';
import { addClaimColumns } from '../claims/claimColumns';
import { migrateInCode, NamedMigration } from '../database/inCodeMigrations';
import { MigrationLockOptions } from '../database/migrateToLatest';

/** The notifications a plugin has to send, in the plugin's own database. */
export const OUTBOX_TABLE = 'stagecraft_notification_outbox';

/** Its own migrations table, so the plugin's own migrations (`knex_migrations`) never see these. */
export const OUTBOX_MIGRATIONS_TABLE =
  'stagecraft_notification_outbox_migrations';

const migrations: NamedMigration[] = [
  {
    name: '20261209000000_notification_outbox.js',
    async up(knex) {
      await knex.schema.createTable(OUTBOX_TABLE, table => {
        table.comment(
          'Notifications to send, each once, retried until sent or out of attempts',
        );
        table
          .string('id', 64)
          .primary()
          .notNullable()
          .comment('sha256 of the key');
        table.text('key').notNullable();
        table
          .text('notification')
          .notNullable()
          .comment('The NotificationSendOptions, as JSON');
        table.timestamp('created_at', { useTz: true }).notNullable();
        table.timestamp('sent_at', { useTz: true }).nullable();
        addClaimColumns(table);
        table.index(['sent_at', 'created_at'], 'notification_outbox_pending');
      });
    },
    async down(knex) {
      await knex.schema.dropTable(OUTBOX_TABLE);
    },
  },
];

export async function migrateOutbox(
  knex: Knex,
  options?: MigrationLockOptions,
): Promise<void> {
  await migrateInCode(knex, OUTBOX_MIGRATIONS_TABLE, migrations, options);
}
