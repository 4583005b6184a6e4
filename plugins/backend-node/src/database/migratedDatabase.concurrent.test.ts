import fs from 'fs';
import knexFactory, { Knex } from 'knex';
import os from 'os';
import path from 'path';
import { mockServices } from '@backstage/backend-test-utils';
import { createTestDatabases } from '@internal/stagecraft-test-utils';
import { migrateClaimedTable } from '../claims/claimedTable';
import { TRANSITIONS } from '../transitions/migrations';
import { OUTBOX } from '../outbox/migrations';
import { migratedDatabase } from './migratedDatabase';

const databases = createTestDatabases();
const REPLICAS = 4;

/** `tables` created by one migration each, slow enough that replicas starting together overlap. */
function migrationsFolder(
  tables: string[],
  directory = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-')),
): string {
  for (const table of tables) {
    fs.writeFileSync(
      path.join(directory, `20261206_${table}.js`),
      `exports.up = async knex => {
  await knex.schema.createTable('${table}', t => t.string('id'));
  await new Promise(resolve => setTimeout(resolve, 100));
};
exports.down = knex => knex.schema.dropTable('${table}');
`,
    );
  }
  return directory;
}

let replicaClientsToDestroy: Knex[] = [];
afterEach(async () => {
  await Promise.all(replicaClientsToDestroy.map(client => client.destroy()));
  replicaClientsToDestroy = [];
});

/**
 * Each replica's own client, with its own pool, on the database of `knex`. SQLite's test
 * database is in memory, in this process alone: its replicas share `knex`.
 */
function replicaClients(knex: Knex): Knex[] {
  if (knex.client.config.client !== 'pg') return Array(REPLICAS).fill(knex);
  const clients = Array.from({ length: REPLICAS }, () =>
    knexFactory({
      client: 'pg',
      connection: knex.client.config.connection,
      pool: { min: 0, max: 2 },
    }),
  );
  replicaClientsToDestroy.push(...clients);
  return clients;
}

const asDatabase = (knex: Knex) => ({ getClient: async () => knex });

describe('migratedDatabase, on replicas starting together', () => {
  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it('migrates once on a fresh database, and every replica starts', async () => {
      const knex = await databases.init(databaseId);
      const directory = migrationsFolder(['first', 'second', 'third']);

      const started = await Promise.allSettled(
        replicaClients(knex).map(client =>
          migratedDatabase(asDatabase(client), directory),
        ),
      );

      expect(started.filter(s => s.status === 'rejected')).toEqual([]);
      expect(await knex('knex_migrations').orderBy('id').pluck('name')).toEqual(
        ['20261206_first.js', '20261206_second.js', '20261206_third.js'],
      );
      expect(await knex('knex_migrations_lock').select('is_locked')).toEqual([
        { is_locked: 0 },
      ]);
    });

    it('migrates once when an upgrade adds migrations, one outside a transaction', async () => {
      const knex = await databases.init(databaseId);
      const directory = migrationsFolder(['first']);
      await migratedDatabase(asDatabase(knex), directory);
      migrationsFolder(['second', 'third'], directory);
      // knex then takes its lock in a transaction of its own, and the others find it held
      fs.appendFileSync(
        path.join(directory, '20261206_third.js'),
        'exports.config = { transaction: false };\n',
      );

      const started = await Promise.allSettled(
        replicaClients(knex).map(client =>
          migratedDatabase(asDatabase(client), directory),
        ),
      );

      expect(started.filter(s => s.status === 'rejected')).toEqual([]);
      expect(await knex('knex_migrations').pluck('batch')).toEqual([1, 2, 2]);
    });

    it.each([
      ['transitions', TRANSITIONS, '20261206000000_transitions.js'],
      ['notification outbox', OUTBOX, '20261209000000_notification_outbox.js'],
    ])('adds the %s table once', async (_, claimedTable, migrationName) => {
      const knex = await databases.init(databaseId);

      const started = await Promise.allSettled(
        replicaClients(knex).map(client =>
          migrateClaimedTable(client, claimedTable),
        ),
      );

      expect(started.filter(s => s.status === 'rejected')).toEqual([]);
      expect(await knex(claimedTable.migrationsTable).pluck('name')).toEqual([
        migrationName,
      ]);
    });

    it('waits for a held migration lock, and migrates once it is released', async () => {
      const knex = await databases.init(databaseId);
      const directory = migrationsFolder(['first']);
      await migratedDatabase(asDatabase(knex), directory);
      migrationsFolder(['second'], directory);
      await knex('knex_migrations_lock').update({ is_locked: 1 });
      const logger = mockServices.logger.mock();

      const started = migratedDatabase(asDatabase(knex), directory, {
        logger,
      });
      await new Promise(resolve => setTimeout(resolve, 500));
      expect(await knex.schema.hasTable('second')).toBe(false);
      await knex('knex_migrations_lock').update({ is_locked: 0 });

      await expect(started).resolves.toBe(knex);
      expect(await knex.schema.hasTable('second')).toBe(true);
      expect(logger.info).toHaveBeenCalledWith(
        expect.stringContaining('knex_migrations_lock is locked'),
      );
    });

    it('fails by the deadline on a lock left held, saying how to release it', async () => {
      const knex = await databases.init(databaseId);
      const directory = migrationsFolder(['first']);
      await migratedDatabase(asDatabase(knex), directory);
      await knex('knex_migrations_lock').update({ is_locked: 1 });
      const startedAt = Date.now();

      await expect(
        migratedDatabase(asDatabase(knex), directory, { lockTimeoutMs: 300 }),
      ).rejects.toThrow(
        'knex_migrations_lock stayed locked for 300 ms. If no migration is running (a process crashed during one), release it: UPDATE knex_migrations_lock SET is_locked = 0',
      );
      expect(Date.now() - startedAt).toBeGreaterThanOrEqual(300);
    });
  });
});
