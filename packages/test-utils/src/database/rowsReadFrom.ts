import { Knex } from 'knex';

/**
 * Counts the rows `knex`'s database answers from `table` (a plain identifier). The function
 * returned gives the rows read since its last call, and starts the count again.
 */
export function rowsReadFrom(knex: Knex, table: string): () => number {
  const fromTable = new RegExp(`from [\`"]${table}[\`"]`);
  let rows = 0;
  knex.on('query-response', (response: unknown, query: { sql: string }) => {
    if (fromTable.test(query.sql) && Array.isArray(response))
      rows += response.length;
  });
  return () => {
    const read = rows;
    rows = 0;
    return read;
  };
}
