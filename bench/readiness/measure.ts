/*
 * One measurement in its own process (forked by run.ts), so that peak memory
 * belongs to this catalog size alone. Modes:
 *   checks   the pure checks of @stagecraft/plugin-readiness-common
 *   campaign a readiness campaign over the whole catalog (Group hierarchy, scope, each
 *            entity's required checks with evidence judged in the window, totals and
 *            rollup), over results computed beforehand (untimed)
 *   service  the backend's whole run: read the catalog through the catalog
 *            service (in memory), check, and store results and history in
 *            SQLite (in memory) or a fresh PostgreSQL database (the third
 *            argument), as a scheduled evaluation does; timed twice: into the
 *            empty database, then again over the stored results (a rerun)
 */
import { LoggerService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { InMemoryCatalogClient } from '@backstage/catalog-client/testUtils';
import { evaluateReadiness } from '@stagecraft/plugin-readiness-common';
import { BenchDb, freshBenchDatabase, serverCpuMeter } from './benchDatabase';
import { prepareCampaign } from './campaignBench';
import { generateCatalog } from './generateCatalog';

// Backend internals, loaded by path: they are not part of the plugin's public API.
import {
  readReadinessBackendConfig,
  ReadinessCatalogReader,
  ReadinessService,
  ReadinessStore,
} from '@stagecraft/plugin-readiness-backend';

const quietLogger: LoggerService = {
  error: () => {},
  warn: () => {},
  info: () => {},
  debug: () => {},
  child: () => quietLogger,
};

/** The full backend run, twice: into an empty database, then over its own results. */
async function measureService(entities: Entity[], db: BenchDb) {
  const { knex, drop } = await freshBenchDatabase(db);
  try {
    const store = await ReadinessStore.create({
      database: { getClient: async () => knex },
    });
    const catalog = new InMemoryCatalogClient({ entities });
    const service = new ReadinessService({
      store,
      reader: new ReadinessCatalogReader(catalog as any, mockServices.auth()),
      verifiers: [],
      settings: readReadinessBackendConfig(new ConfigReader({})),
      logger: quietLogger,
    });
    const timed = async () => {
      const server = db === 'pg' ? await serverCpuMeter(knex) : undefined;
      const cpu = process.cpuUsage();
      const started = process.hrtime.bigint();
      const run = await service.evaluateAll();
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const { user, system } = process.cpuUsage(cpu);
      return {
        run,
        ms,
        cpuMs: (user + system) / 1000,
        serverCpuMs: await server?.stop(),
      };
    };
    const first = await timed();
    const rerun = await timed();
    const failing = (await store.listResults({ failingOnly: true })).length;
    return {
      evaluated: first.run.entities,
      failing,
      elapsedMs: first.ms,
      cpuMs: first.cpuMs,
      serverCpuMs: first.serverCpuMs,
      rerunMs: rerun.ms,
      rerunCpuMs: rerun.cpuMs,
      rerunServerCpuMs: rerun.serverCpuMs,
    };
  } finally {
    await drop();
  }
}

/** The pure checks, or a campaign judged over results computed beforehand (untimed). */
function measureInProcess(mode: string, entities: Entity[]) {
  const runCampaign =
    mode === 'campaign' ? prepareCampaign(entities) : undefined;
  const started = process.hrtime.bigint();
  let evaluated: number;
  let failing: number;
  if (runCampaign) {
    ({ evaluated, failing } = runCampaign());
  } else {
    const results = evaluateReadiness(entities);
    evaluated = results.length;
    failing = results.filter(r => r.status !== 'pass').length;
  }
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  return { evaluated, failing, elapsedMs };
}

async function main() {
  const [mode, sizeArg, dbArg] = process.argv.slice(2);
  const size = Number(sizeArg);
  const db = (dbArg ?? 'sqlite') as BenchDb;
  const entities = generateCatalog(size);
  (global as any).gc?.();

  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 5);

  const measured =
    mode === 'service'
      ? await measureService(entities, db)
      : measureInProcess(mode, entities);
  clearInterval(sampler);
  const end = process.memoryUsage();
  peakRss = Math.max(peakRss, end.rss);
  peakHeap = Math.max(peakHeap, end.heapUsed);

  process.send!({
    type: 'readiness-result',
    mode,
    size,
    db,
    ...measured,
    peakRssMb: peakRss / 2 ** 20,
    peakHeapGrowthMb: (peakHeap - base.heapUsed) / 2 ** 20,
  });
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
