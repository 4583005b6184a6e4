import { Knex } from 'knex';

async function listTables(knex: Knex): Promise<string[]> {
  const client = String(knex.client.config.client);
  if (client.includes('sqlite')) {
    const rows = await knex('sqlite_master')
      .where({ type: 'table' })
      .select('name');
    return rows.map((r: { name: string }) => r.name);
  }
  if (client === 'pg') {
    const rows = await knex('information_schema.tables')
      .whereNotIn('table_schema', ['pg_catalog', 'information_schema'])
      .andWhere('table_type', 'BASE TABLE')
      .select('table_schema', 'table_name');
    return rows.map(
      (r: { table_schema: string; table_name: string }) =>
        `${r.table_schema}.${r.table_name}`,
    );
  }
  throw new Error(`Unsupported database client ${client}`);
}

function stringifyRow(row: Record<string, unknown>): string {
  // Binary columns as text, so that a value stored in one is found too.
  const readable = Object.fromEntries(
    Object.entries(row).map(([column, value]) => [
      column,
      Buffer.isBuffer(value) ? value.toString('utf8') : value,
    ]),
  );
  return JSON.stringify(readable);
}

/** Every row of every table, one JSON line per row, prefixed with its table. */
export async function dumpDatabase(
  knex: Knex,
): Promise<{ tables: string[]; text: string }> {
  const tables = await listTables(knex);
  const lines: string[] = [];
  for (const table of tables) {
    const rows = await knex.select('*').from(table);
    for (const row of rows) {
      lines.push(`${table} ${stringifyRow(row)}`);
    }
  }
  return { tables, text: lines.join('\n') };
}
