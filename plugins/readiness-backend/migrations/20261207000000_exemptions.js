// @ts-check

/**
 * Readiness exemptions (one check on one entity, with a reason and an expiry) and their
 * audit trail, which is only ever appended to. ExemptionStore owns these tables.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('readiness_exemptions', table => {
    table.comment('Exemptions from one readiness check on one entity');
    table.string('id', 36).primary().notNullable();
    table.string('entity_ref', 512).notNullable().comment('lower-cased');
    table.string('check_id', 200).notNullable();
    table.text('reason').notNullable();
    table.timestamp('expires_at', { useTz: true }).notNullable();
    table
      .string('state', 20)
      .notNullable()
      .comment('requested, approved, denied, withdrawn or expired');
    table
      .string('open_key', 720)
      .nullable()
      .unique()
      .comment(
        'entity_ref and check_id while requested or approved, else null: at most one open exemption each',
      );
    table.string('requested_by', 512).notNullable();
    table.timestamp('requested_at', { useTz: true }).notNullable();
    table.string('decided_by', 512).nullable();
    table.timestamp('decided_at', { useTz: true }).nullable();
    table.text('decision_comment').nullable();
    table
      .timestamp('reminded_at', { useTz: true })
      .nullable()
      .comment('when the owner was told the expiry nears; set once');
    table.index(['entity_ref'], 'readiness_exemptions_entity_idx');
    table.index(['state', 'expires_at'], 'readiness_exemptions_state_idx');
  });

  await knex.schema.createTable('readiness_exemption_events', table => {
    table.comment(
      'The audit trail of exemptions: one row per step, appended, never rewritten',
    );
    table.bigIncrements('id').primary();
    table
      .string('exemption_id', 36)
      .notNullable()
      .references('id')
      .inTable('readiness_exemptions');
    table
      .string('action', 20)
      .notNullable()
      .comment('requested, approved, denied, withdrawn, reminded or expired');
    table.timestamp('at', { useTz: true }).notNullable();
    table.string('actor', 512).nullable().comment('null for the scheduler');
    table.text('comment').nullable();
    // Each step happens at most once to an exemption: a second replica's write loses.
    table.unique(['exemption_id', 'action']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('readiness_exemption_events');
  await knex.schema.dropTable('readiness_exemptions');
};
