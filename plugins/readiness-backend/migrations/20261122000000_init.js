// @ts-check

/**
 * Current readiness per entity, its daily history, and a log of evaluation runs.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('readiness_results', table => {
    table.comment('The latest readiness result of each evaluated entity');
    table.string('entity_ref', 512).primary().notNullable();
    table.string('kind', 255).notNullable();
    table.string('type', 255).nullable();
    table.string('lifecycle', 255).nullable();
    table.string('owner', 512).nullable();
    table.string('system', 512).nullable();
    table.string('domain', 512).nullable();
    table
      .string('status', 16)
      .notNullable()
      .comment('pass, warn, fail or error');
    table.integer('score').notNullable();
    table
      .text('failing_checks')
      .notNullable()
      .comment('Ids of checks that did not pass, as ",id1,id2," for LIKE');
    table.text('result').notNullable().comment('The full result as JSON');
    table.timestamp('evaluated_at', { useTz: true }).notNullable();
    table.index(['owner'], 'readiness_results_owner_idx');
    table.index(['system'], 'readiness_results_system_idx');
    table.index(['domain'], 'readiness_results_domain_idx');
    table.index(['evaluated_at'], 'readiness_results_evaluated_at_idx');
  });

  await knex.schema.createTable('readiness_history', table => {
    table.comment(
      'One row per entity per UTC day: the last result of that day, for trends',
    );
    table.string('entity_ref', 512).notNullable();
    table.string('day', 10).notNullable().comment('YYYY-MM-DD (UTC)');
    table.string('kind', 255).notNullable();
    table.string('owner', 512).nullable();
    table.string('system', 512).nullable();
    table.string('domain', 512).nullable();
    table.string('status', 16).notNullable();
    table.integer('score').notNullable();
    table.text('failing_checks').notNullable();
    table.timestamp('evaluated_at', { useTz: true }).notNullable();
    table.primary(['entity_ref', 'day']);
    table.index(['day'], 'readiness_history_day_idx');
  });

  await knex.schema.createTable('readiness_runs', table => {
    table.comment('Evaluation runs of the whole catalog');
    table.increments('id');
    table.timestamp('started_at', { useTz: true }).notNullable();
    table.timestamp('finished_at', { useTz: true }).nullable();
    table.integer('entities').nullable();
    table
      .integer('errors')
      .nullable()
      .comment('Entities that could not be evaluated');
    table.text('failure').nullable().comment('Why the run itself failed');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('readiness_runs');
  await knex.schema.dropTable('readiness_history');
  await knex.schema.dropTable('readiness_results');
};
