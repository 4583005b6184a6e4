import fs from 'fs';
import Knex, { Knex as KnexType } from 'knex';

export type BenchDb = 'sqlite' | 'pg';

/** The PostgreSQL server of a `pg` run; each run gets a fresh database on it. */
const postgresUrl =
  process.env.READINESS_BENCH_POSTGRES ??
  'postgresql://postgres@127.0.0.1:5432';

export function benchDbsOf(value = 'sqlite'): BenchDb[] {
  const dbs = value === 'both' ? ['sqlite', 'pg'] : value.split(',');
  for (const db of dbs) {
    if (db !== 'sqlite' && db !== 'pg') {
      throw new Error(
        `READINESS_BENCH_DB must be sqlite, pg or both, not "${value}"`,
      );
    }
  }
  return dbs as BenchDb[];
}

/**
 * A fresh, empty database: SQLite in memory, or a new PostgreSQL database that
 * `drop` removes again.
 */
export async function freshBenchDatabase(
  db: BenchDb,
): Promise<{ knex: KnexType; drop: () => Promise<void> }> {
  if (db === 'sqlite') {
    const knex = Knex({
      client: 'better-sqlite3',
      connection: ':memory:',
      useNullAsDefault: true,
    });
    return { knex, drop: () => knex.destroy() };
  }
  const name = `readiness_bench_${process.pid}_${Date.now()}`;
  const admin = Knex({ client: 'pg', connection: postgresUrl });
  try {
    await admin.raw(`create database "${name}"`);
  } finally {
    await admin.destroy();
  }
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const knex = Knex({ client: 'pg', connection: url.toString() });
  return {
    knex,
    drop: async () => {
      await knex.destroy();
      const again = Knex({ client: 'pg', connection: postgresUrl });
      try {
        await again.raw(`drop database if exists "${name}" with (force)`);
      } finally {
        await again.destroy();
      }
    },
  };
}

/** CPU milliseconds the process has used, from /proc; undefined where it cannot be read. */
function processCpuMs(pid: number): number | undefined {
  try {
    const fields = fs
      .readFileSync(`/proc/${pid}/stat`, 'utf8')
      .split(') ')[1]
      .split(' ');
    // utime and stime, in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/**
 * Counts the CPU time PostgreSQL's server processes spend on the bench database, when the
 * server runs on this machine (else `stop` answers undefined).
 */
export async function serverCpuMeter(knex: KnexType) {
  const backends = async (): Promise<number[]> =>
    (
      await knex.raw(
        'select pid from pg_stat_activity where datname = current_database()',
      )
    ).rows.map((row: { pid: number }) => row.pid);
  const before = new Map<number, number | undefined>();
  for (const pid of await backends()) before.set(pid, processCpuMs(pid));
  return {
    stop: async (): Promise<number | undefined> => {
      let total = 0;
      for (const pid of await backends()) {
        const now = processCpuMs(pid);
        if (now === undefined) return undefined;
        total += now - (before.get(pid) ?? 0);
      }
      return total;
    },
  };
}
