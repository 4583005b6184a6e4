// @ts-check

/**
 * How many checks each history row's score counts (its roll-ups left out), so that the trend
 * can score a day again with the exemptions in force that day, as the results are scored.
 * Null on rows written before: their stored score stands.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  for (const table of ['readiness_history', 'readiness_run_results']) {
    await knex.schema.alterTable(table, t => {
      t.integer('counted_checks')
        .nullable()
        .comment('checks the score counts, roll-ups left out');
    });
  }
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  for (const table of ['readiness_history', 'readiness_run_results']) {
    await knex.schema.alterTable(table, t => {
      t.dropColumn('counted_checks');
    });
  }
};
