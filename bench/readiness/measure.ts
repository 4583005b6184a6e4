/*
 * One measurement in its own process (forked by run.ts), so that peak memory
 * belongs to this catalog size alone. Modes:
 *   checks   the pure checks of @stagecraft/plugin-readiness-common
 *   campaign a readiness campaign over the whole catalog (Group hierarchy, scope, each
 *            entity's required checks with evidence judged in the window, totals and
 *            rollup), over results computed beforehand (untimed)
 *   service  the backend's whole run: read the catalog through the catalog
 *            service (in memory), check, and store results and history in
 *            SQLite (in memory), as a scheduled evaluation does
 */
import { LoggerService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { InMemoryCatalogClient } from '@backstage/catalog-client/testUtils';
import { evaluateReadiness } from '@stagecraft/plugin-readiness-common';
import Knex from 'knex';
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

async function main() {
  const [mode, sizeArg] = process.argv.slice(2);
  const size = Number(sizeArg);
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

  let evaluated = 0;
  let failing = 0;
  // A campaign is judged over stored results: computing them is not part of its time.
  const runCampaign =
    mode === 'campaign' ? prepareCampaign(entities) : undefined;
  const started = process.hrtime.bigint();
  if (runCampaign) {
    ({ evaluated, failing } = runCampaign());
  } else if (mode === 'checks') {
    const results = evaluateReadiness(entities);
    evaluated = results.length;
    failing = results.filter(r => r.status !== 'pass').length;
  } else {
    const knex = Knex({
      client: 'better-sqlite3',
      connection: ':memory:',
      useNullAsDefault: true,
    });
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
    const run = await service.evaluateAll();
    evaluated = run.entities;
    failing = (await store.listResults({ failingOnly: true })).length;
    await knex.destroy();
  }
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  clearInterval(sampler);
  const end = process.memoryUsage();
  peakRss = Math.max(peakRss, end.rss);
  peakHeap = Math.max(peakHeap, end.heapUsed);

  process.send!({
    type: 'readiness-result',
    mode,
    size,
    evaluated,
    failing,
    elapsedMs,
    peakRssMb: peakRss / 2 ** 20,
    peakHeapGrowthMb: (peakHeap - base.heapUsed) / 2 ** 20,
  });
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
