import { Knex } from 'knex';

/**
 * The columns `ClaimedSends` works on. Part of frozen migrations: a later change to them
 * goes in a new migration of each table, never here.
 */
export function addClaimColumns(table: Knex.CreateTableBuilder): void {
  table
    .string('claim_token', 64)
    .nullable()
    .comment('The instance sending this notification now');
  table
    .bigInteger('claim_until')
    .nullable()
    .comment('Epoch ms after which an unfinished claim may be taken over');
  table.integer('attempts').notNullable().defaultTo(0);
  table.text('last_error').nullable();
}
