/*
 * One measured backend, forked by run.ts: starts the real backend (catalog,
 * secrets backend, with or without the secrets catalog module), reports when
 * the generated catalog is fully ingested (or the deadline passes), then on
 * request measures the review API, and stops.
 *
 * Messages to the parent: { type: 'ingested', ... }, { type: 'review', ... }.
 * Messages from the parent: 'measure', 'stop'.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { randomBytes } from 'crypto';
import { setTimeout as sleep } from 'timers/promises';
import { createBackend } from '@backstage/backend-defaults';
import { rootConfigServiceFactory } from '@backstage/backend-defaults/rootConfig';
import { WinstonLogger } from '@backstage/backend-defaults/rootLogger';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { format, transports } from 'winston';
import { SECRETS_ROUTES } from '@stagecraft/plugin-secrets-common';

const [mode, entry, expectedJson, deadlineMs] = process.argv.slice(2);
const expected = JSON.parse(expectedJson) as {
  entities: number;
  secrets: number;
  stores: number;
  secretsWithDependents: number;
};
const port = 7300 + Math.floor(Math.random() * 500);
const token = randomBytes(24).toString('hex');
const baseUrl = `http://127.0.0.1:${port}`;

/** PostgreSQL when SECRETS_BENCH_POSTGRES is set (as production runs), else in-memory SQLite. */
const postgres = process.env.SECRETS_BENCH_POSTGRES;
const databasePrefix = `secrets_bench_${process.pid}_`;

function database() {
  return postgres
    ? { client: 'pg', connection: postgres, prefix: databasePrefix }
    : { client: 'better-sqlite3', connection: ':memory:' };
}

function writeConfig(): string {
  const file = path.join(os.tmpdir(), `secrets-bench-${process.pid}.json`);
  fs.writeFileSync(
    file,
    JSON.stringify({
      backend: {
        baseUrl,
        listen: { port },
        database: database(),
        auth: {
          externalAccess: [
            { type: 'static', options: { token, subject: 'secrets-bench' } },
          ],
        },
      },
      catalog: {
        rules: [{ allow: ['Component', 'Resource', 'Group', 'Location'] }],
        locations: [{ type: 'file', target: entry }],
      },
    }),
  );
  return file;
}

async function get(pathname: string, attempt = 1): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(`${baseUrl}${pathname}`, {
      headers: { authorization: `Bearer ${token}` },
    });
  } catch (error) {
    // A busy server may drop an idle keep-alive socket as it is reused.
    if (attempt < 3) {
      return get(pathname, attempt + 1);
    }
    throw error;
  }
  if (!res.ok) {
    throw new Error(`GET ${pathname} answered ${res.status}`);
  }
  return res;
}

async function count(filter: string): Promise<number> {
  const res = await get(
    `/api/catalog/entities/by-query?limit=1&fields=kind&${filter}`,
  );
  return ((await res.json()) as { totalItems: number }).totalItems;
}

/**
 * Done when every entity is served, every used secret shows its dependents
 * (a second stitch, after the components), and with the module every
 * secret and store shows storedIn / stores. Both modes send the same
 * queries, and the relation counts only once every entity is served, so
 * that polling loads both backends alike.
 */
async function progress() {
  const served = await count(
    'filter=kind=component&filter=kind=resource&filter=kind=group',
  );
  if (served < expected.entities) {
    return { done: false, served, withDependents: 0, storedIn: 0, stores: 0 };
  }
  const [withDependents, storedIn, stores] = await Promise.all([
    count('filter=kind=resource,spec.type=secret,relations.dependencyof'),
    count('filter=kind=resource,spec.type=secret,relations.storedin'),
    count('filter=kind=resource,spec.type=secret-store,relations.stores'),
  ]);
  const done =
    withDependents === expected.secretsWithDependents &&
    (mode !== 'with' ||
      (storedIn === expected.secrets && stores === expected.stores));
  return { done, served, withDependents, storedIn, stores };
}

const gc = () => (global as { gc?: () => void }).gc?.();
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function measureReview() {
  gc();
  const before = process.memoryUsage();
  let started = performance.now();
  const cold = await (await get(`/api/secrets${SECRETS_ROUTES.review}`)).text();
  const coldMs = performance.now() - started;
  const afterCold = process.memoryUsage();
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    started = performance.now();
    await (await get(`/api/secrets${SECRETS_ROUTES.review}`)).text();
    warm.push(performance.now() - started);
  }
  gc();
  const retained = process.memoryUsage();
  // The review answers a page (its first 25 rows) and the total of every secret.
  const body = JSON.parse(cold) as { total: number };
  warm.sort((a, b) => a - b);
  return {
    items: body.total,
    bodyMb: mb(cold.length),
    coldMs: Math.round(coldMs),
    warmMedianMs: Math.round(warm[2] * 10) / 10,
    heapDeltaColdMb: mb(afterCold.heapUsed - before.heapUsed),
    heapRetainedMb: mb(retained.heapUsed - before.heapUsed),
    rssMb: mb(retained.rss),
    rssDeltaMb: mb(retained.rss - before.rss),
  };
}

function send(message: object) {
  process.send!(message);
}

async function main() {
  const configFile = writeConfig();
  const backend = createBackend();
  backend.add(rootConfigServiceFactory({ argv: ['--config', configFile] }));
  // The default root logger compiles every workspace package's config schema
  // to find secrets to redact; the bench only needs warnings and its token hidden.
  backend.add(
    createServiceFactory({
      service: coreServices.rootLogger,
      deps: {},
      factory: () => {
        const logger = WinstonLogger.create({
          meta: { service: 'secrets-bench' },
          level: 'warn',
          format: format.json(),
          transports: [new transports.Console()],
        });
        logger.addRedactions([token]);
        return logger;
      },
    }),
  );
  backend.add(import('@backstage/plugin-catalog-backend'));
  if (mode === 'with') {
    backend.add(import('@stagecraft/plugin-catalog-backend-module-secrets'));
  }
  backend.add(import('@stagecraft/plugin-secrets-backend'));

  const t0 = performance.now();
  await backend.start();
  const startMs = performance.now() - t0;
  let last = await progress();
  while (!last.done && performance.now() - t0 < Number(deadlineMs)) {
    await sleep(500);
    last = await progress();
  }
  send({
    type: 'ingested',
    mode,
    startMs: Math.round(startMs),
    elapsedMs: Math.round(performance.now() - t0),
    ...last,
  });

  process.on('message', async message => {
    try {
      if (message === 'measure') {
        send({ type: 'review', review: await measureReview() });
      } else if (message === 'stop') {
        await backend.stop();
        fs.rmSync(configFile, { force: true });
        await dropDatabases();
        process.exit(0);
      }
    } catch (error) {
      fail(error);
    }
  });
}

/** Removes the PostgreSQL databases of this run. */
async function dropDatabases() {
  if (!postgres) {
    return;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const knex = require('knex')({ client: 'pg', connection: postgres });
  try {
    const { rows } = await knex.raw(
      'select datname from pg_database where datname like ?',
      [`${databasePrefix}%`],
    );
    for (const { datname } of rows) {
      await knex.raw(`drop database "${datname}" with (force)`);
    }
  } finally {
    await knex.destroy();
  }
}

function fail(error: any) {
  process.stderr.write(
    `${error.stack ?? error}${error.cause ? `\ncause: ${error.cause}` : ''}\n`,
  );
  process.exit(1);
}

main().catch(fail);
