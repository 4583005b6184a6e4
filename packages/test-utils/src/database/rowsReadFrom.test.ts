import knexFactory, { Knex } from 'knex';
import { rowsReadFrom } from './rowsReadFrom';

describe('rowsReadFrom', () => {
  let knex: Knex;

  beforeEach(async () => {
    knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: ':memory:' },
      useNullAsDefault: true,
    });
    await knex.schema.createTable('results', table => table.string('ref'));
    await knex.schema.createTable('other', table => table.string('ref'));
    await knex('results').insert([{ ref: 'a' }, { ref: 'b' }, { ref: 'c' }]);
    await knex('other').insert([{ ref: 'x' }]);
  });

  afterEach(() => knex.destroy());

  it("counts the rows answered from the table, since the last call's count", async () => {
    const rowsRead = rowsReadFrom(knex, 'results');
    await knex('results').select();
    await knex('results').where({ ref: 'a' });
    await knex('other').select();
    expect(rowsRead()).toBe(4);
    expect(rowsRead()).toBe(0);
  });
});
