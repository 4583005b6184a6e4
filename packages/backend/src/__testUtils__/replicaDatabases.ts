import { POSTGRES_ENV } from '@internal/stagecraft-test-utils';

/** The few calls of `pg` (a dependency of this package, without types here) used here. */
type PgClient = {
  connect(): Promise<void>;
  query(sql: string, values?: unknown[]): Promise<{ rows: any[] }>;
  end(): Promise<void>;
};
const { Client } = require('pg') as {
  Client: new (options: { connectionString?: string }) => PgClient;
};

/** The PostgreSQL server the replicas share: the tests' (`POSTGRES_ENV`), else the machine's. */
export const REPLICA_POSTGRES_URL =
  process.env[POSTGRES_ENV] ?? 'postgresql://postgres@127.0.0.1:5432';

async function withClient<T>(
  database: string | undefined,
  fn: (client: PgClient) => Promise<T>,
): Promise<T> {
  const url = new URL(REPLICA_POSTGRES_URL);
  if (database) url.pathname = `/${database}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * One plugin's database of a deployment: the backend gives each plugin its own database,
 * named `<prefix><pluginId>` (`backend.database.prefix`).
 */
export function queryPluginDatabase<Row = Record<string, unknown>>(
  prefix: string,
  pluginId: string,
  sql: string,
  values: unknown[] = [],
): Promise<Row[]> {
  return withClient(`${prefix}${pluginId}`, async client => {
    const { rows } = await client.query(sql, values);
    return rows as Row[];
  });
}

/** Drops every database whose name starts with `prefix`, closing their connections first. */
export async function dropDatabases(prefix: string): Promise<string[]> {
  const names = await withClient(undefined, async client => {
    const { rows } = await client.query(
      `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`,
      [prefix],
    );
    return rows.map(row => String(row.datname));
  });
  // Each drop waits for a checkpoint; side by side they share it.
  await Promise.all(
    names.map(name =>
      withClient(undefined, client =>
        client.query(
          `DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`,
        ),
      ),
    ),
  );
  return names;
}
