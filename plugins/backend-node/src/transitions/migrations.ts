import { claimedTable } from '../claims/claimedTable';

/** The table every tracker of a plugin shares, in the plugin's own database. */
export const TRANSITIONS = claimedTable(
  'stagecraft_transitions',
  '20261206000000_transitions.js',
  'The last state of each observed key, and what its owner was last told about it',
  table => {
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
  },
);

export const TRANSITIONS_TABLE = TRANSITIONS.table;
