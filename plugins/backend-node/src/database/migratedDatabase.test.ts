import fs from 'fs';
import os from 'os';
import path from 'path';
import { createTestDatabases } from '@internal/stagecraft-test-utils';
import { migratedDatabase } from './migratedDatabase';

const databases = createTestDatabases();

/** A migrations folder with one migration creating `table`. */
function migrationsCreating(table: string): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
  fs.writeFileSync(
    path.join(directory, '20261206000000_init.js'),
    `exports.up = knex => knex.schema.createTable('${table}', t => t.string('id'));
exports.down = knex => knex.schema.dropTable('${table}');
`,
  );
  return directory;
}

describe('migratedDatabase', () => {
  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it('runs the migrations before handing out the client', async () => {
      const knex = await databases.init(databaseId);
      const migrated = await migratedDatabase(
        { getClient: async () => knex },
        migrationsCreating('migrated_things'),
      );
      expect(migrated).toBe(knex);
      expect(await knex.schema.hasTable('migrated_things')).toBe(true);
    });

    it('runs none when the database service says to skip them', async () => {
      const knex = await databases.init(databaseId);
      await migratedDatabase(
        { getClient: async () => knex, migrations: { skip: true } },
        migrationsCreating('skipped_things'),
      );
      expect(await knex.schema.hasTable('skipped_things')).toBe(false);
    });
  });
});
