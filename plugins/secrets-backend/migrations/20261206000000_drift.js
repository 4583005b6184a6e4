// @ts-check

/**
 * The latest drift of each secret store, and its daily history.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('secrets_store_drift', table => {
    table.comment(
      'The latest reconciliation of each secret store with the catalog; every replica serves it',
    );
    table.string('store_ref', 512).primary().notNullable();
    table
      .string('status', 16)
      .notNullable()
      .comment('ok, or unknown when the store could not be read');
    table.timestamp('checked_at', { useTz: true }).notNullable();
    table
      .text('drift')
      .nullable()
      .comment(
        'The StoreDrift as JSON; null only inside the transaction that first writes the store',
      );
  });

  await knex.schema.createTable('secrets_drift_history', table => {
    table.comment(
      'One row per store per UTC day: the last run of that day, for trends',
    );
    table.string('store_ref', 512).notNullable();
    table.string('day', 10).notNullable().comment('YYYY-MM-DD (UTC)');
    table.string('status', 16).notNullable();
    for (const kind of [
      'shadow',
      'ghost',
      'rotation_overdue',
      'rotation_disabled',
      'unused',
      'expiring',
    ]) {
      table.integer(kind).notNullable().defaultTo(0);
    }
    table.integer('items').nullable();
    table.integer('items_in_catalog').nullable();
    table.timestamp('checked_at', { useTz: true }).notNullable();
    table.primary(['store_ref', 'day']);
    table.index(['day'], 'secrets_drift_history_day_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('secrets_drift_history');
  await knex.schema.dropTable('secrets_store_drift');
};
