// @ts-check

/**
 * Readiness campaigns and their daily history (one row per campaign per UTC day, for the
 * burn-up). CampaignStore owns these tables.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('readiness_campaigns', table => {
    table.comment('Readiness campaigns: what a scope must pass by a deadline');
    table.string('id', 100).primary().notNullable();
    table.string('name', 200).notNullable();
    table.text('description').notNullable();
    table.string('start_date', 10).notNullable().comment('YYYY-MM-DD (UTC)');
    table.string('deadline', 10).notNullable().comment('YYYY-MM-DD (UTC)');
    table
      .text('definition')
      .notNullable()
      .comment('scope, requiredChecks, runbookReviewedWithinDays as JSON');
    table.string('created_by', 512).nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('readiness_campaign_history', table => {
    table.comment(
      'One row per campaign per UTC day: which entities were in scope and which were done',
    );
    table.string('campaign_id', 100).notNullable();
    table.string('day', 10).notNullable().comment('YYYY-MM-DD (UTC)');
    table
      .text('entities')
      .notNullable()
      .comment('JSON: refs in scope and the indexes of those done');
    table.timestamp('recorded_at', { useTz: true }).notNullable();
    table.primary(['campaign_id', 'day']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('readiness_campaign_history');
  await knex.schema.dropTable('readiness_campaigns');
};
