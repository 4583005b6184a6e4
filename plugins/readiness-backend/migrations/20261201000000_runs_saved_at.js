// @ts-check

/**
 * When each run's results were saved, so that a run finishing after a newer one has
 * saved can tell it is superseded and write nothing.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('readiness_runs', table => {
    table
      .timestamp('saved_at', { useTz: true })
      .nullable()
      .comment(
        'When the run saved its results; null while running or if it failed',
      );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('readiness_runs', table => {
    table.dropColumn('saved_at');
  });
};
