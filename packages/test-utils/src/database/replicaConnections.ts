import { knex as createKnex, Knex } from 'knex';

/**
 * Call in a `describe`: opens a second replica's own connection pool to a test's database,
 * closed after the describe's tests. SQLite's test database is in memory, this process's
 * alone, so there a second replica shares `knex`.
 */
export function replicaConnections(): (knex: Knex) => Knex {
  const opened: Knex[] = [];
  afterAll(() => Promise.all(opened.map(knex => knex.destroy())));
  return knex => {
    if (knex.client.config.client !== 'pg') return knex;
    const other = createKnex(knex.client.config);
    opened.push(other);
    return other;
  };
}
