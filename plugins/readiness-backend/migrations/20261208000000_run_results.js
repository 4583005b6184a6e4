// @ts-check

/**
 * The results of a run still in progress, written page by page as it evaluates, so that
 * the run does not hold the whole catalog's results until it saves. Its save moves them
 * into readiness_results (and the day's history) in one transaction; until then nobody
 * reads them, and an aborted or superseded run's rows are deleted.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('readiness_run_results', table => {
    table.comment(
      'Results of runs not saved yet: moved to readiness_results when the run saves',
    );
    table.integer('run_id').notNullable().comment('readiness_runs.id');
    table.string('entity_ref', 512).notNullable();
    table.string('day', 10).notNullable().comment('YYYY-MM-DD (UTC)');
    table.string('kind', 255).notNullable();
    table.string('type', 255).nullable();
    table.string('lifecycle', 255).nullable();
    table.string('owner', 512).nullable();
    table.string('system', 512).nullable();
    table.string('domain', 512).nullable();
    table.string('status', 16).notNullable();
    table.integer('score').notNullable();
    table.text('failing_checks').notNullable();
    table.text('result').notNullable();
    table.timestamp('evaluated_at', { useTz: true }).notNullable();
    table.index(['run_id'], 'readiness_run_results_run_idx');
  });
  if (['pg', 'postgres', 'postgresql'].includes(knex.client.config.client)) {
    // Scratch rows: not worth the write-ahead log (a crash loses only runs not saved).
    await knex.raw('alter table readiness_run_results set unlogged');
  }
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('readiness_run_results');
};
