import { LoggerService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { BUSY, untilFree } from './untilFree';

/**
 * How a plugin's migrations wait for another backend replica's.
 *
 * @public
 */
export type MigrationLockOptions = {
  /** How long to wait for another replica's migrations before failing; 60 s by default. */
  lockTimeoutMs?: number;
  /** Told, at info, when this replica waits for another's migrations. */
  logger?: LoggerService;
};

export const DEFAULT_MIGRATION_LOCK_TIMEOUT_MS = 60_000;

/**
 * knex's `migrate.latest`, safe for backend replicas starting together on one database.
 *
 * knex alone is not: replicas creating its `<table>` and `<table>_lock` at once fail on
 * "already exists" (and can leave two rows in `<table>_lock`, which then locks every later
 * start), and a replica finding `<table>_lock` held throws `MigrationLocked` at once.
 * So migrations of one table run one at a time: within the process, and across processes
 * on PostgreSQL under an advisory lock, released by PostgreSQL if the process dies. A held
 * `<table>_lock` (a migration outside this, or a crash during a migration without a
 * transaction) is waited for too. All waits end at one deadline.
 */
export async function migrateToLatest(
  knex: Knex,
  config: Knex.MigratorConfig,
  options: MigrationLockOptions = {},
): Promise<void> {
  const table = config.tableName ?? 'knex_migrations';
  const timeoutMs = options.lockTimeoutMs ?? DEFAULT_MIGRATION_LOCK_TIMEOUT_MS;
  const wait = { deadline: Date.now() + timeoutMs, timeoutMs, table };
  await oneAtATimeInProcess(knex, table, () =>
    underAdvisoryLock(knex, wait, options.logger, () =>
      latestOnceUnlocked(knex, config, wait, options.logger),
    ),
  );
}

type Wait = { deadline: number; timeoutMs: number; table: string };

const running = new WeakMap<Knex, Map<string, Promise<unknown>>>();

function oneAtATimeInProcess(
  knex: Knex,
  table: string,
  work: () => Promise<void>,
): Promise<void> {
  let byTable = running.get(knex);
  if (!byTable) {
    byTable = new Map();
    running.set(knex, byTable);
  }
  const result = (byTable.get(table) ?? Promise.resolve()).then(work);
  byTable.set(
    table,
    result.catch(() => undefined),
  );
  return result;
}

/** The lock is held by a transaction (its own connection) while `work` runs on others. */
async function underAdvisoryLock(
  knex: Knex,
  wait: Wait,
  logger: LoggerService | undefined,
  work: () => Promise<void>,
): Promise<void> {
  const poolMax: number = knex.client.pool?.max ?? 2;
  if (knex.client.config.client !== 'pg' || poolMax < 2) {
    await work();
    return;
  }
  const key = `stagecraft-migrations:${wait.table}`;
  await knex.transaction(async trx => {
    await untilFree(
      wait.deadline,
      async () => {
        const { rows } = await trx.raw(
          'select pg_try_advisory_xact_lock(hashtext(current_schema()::text || ?::text)) as locked',
          [key],
        );
        return rows[0].locked ? true : BUSY;
      },
      () =>
        logger?.info(
          `Waiting for another backend replica to finish the migrations of ${wait.table}`,
        ),
      () =>
        new Error(
          `Another backend replica has been running the migrations of ${wait.table} for more than ${wait.timeoutMs} ms; gave up waiting for it`,
        ),
    );
    await work();
  });
}

async function latestOnceUnlocked(
  knex: Knex,
  config: Knex.MigratorConfig,
  wait: Wait,
  logger: LoggerService | undefined,
): Promise<void> {
  const lockTable = `${wait.table}_lock`;
  await untilFree(
    wait.deadline,
    async () => {
      try {
        return await knex.migrate.latest(config);
      } catch (error) {
        if (error instanceof Error && error.name === 'MigrationLocked') {
          return BUSY;
        }
        throw error;
      }
    },
    () =>
      logger?.info(
        `Migrations of ${wait.table} wait: ${lockTable} is locked, by a migration running elsewhere or left by a crashed one`,
      ),
    () =>
      new Error(
        `Migrations of ${wait.table} could not start: ${lockTable} stayed locked for ${wait.timeoutMs} ms. ` +
          `If no migration is running (a process crashed during one), release it: UPDATE ${lockTable} SET is_locked = 0 (the table keeps exactly one row)`,
      ),
  );
}
