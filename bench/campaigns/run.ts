/*
 * How much of the stored readiness results a campaign's progress reads, before and after
 * it read only its scope's (see README.md). Ends with `name: value` lines.
 *
 * `./yarn bench:campaigns` runs it with --expose-gc, so that the retained heap is measured.
 */
/* eslint-disable no-console */
import { Entity } from '@backstage/catalog-model';
import {
  Campaign,
  CampaignScope,
  DEFAULT_READINESS_RULES_CONFIG,
  EntityReadiness,
  evaluateReadiness,
} from '@stagecraft/plugin-readiness-common';
import { ReadinessStore } from '@stagecraft/plugin-readiness-backend';
import { rowsReadFrom } from '@internal/stagecraft-test-utils';
import { CampaignService } from '../../plugins/readiness-backend/src/campaigns/CampaignService';
import { CampaignStore } from '../../plugins/readiness-backend/src/database/CampaignStore';
import { benchDbsOf, freshBenchDatabase } from '../readiness/benchDatabase';
import { generateCatalog } from '../readiness/generateCatalog';
import { numberFromEnv } from '../shared/benchEnv';
import { BenchLine, printBenchLines, runBench } from '../shared/benchMain';

const NOW = new Date('2026-12-06T10:00:00Z');

const campaignOver = (scope: CampaignScope): Campaign => ({
  id: 'bench',
  name: 'Bench',
  description: '',
  startDate: '2026-11-01',
  deadline: '2026-12-18',
  scope,
  requiredChecks: ['runbook', 'monitors', 'owner'],
  createdAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
});

const KINDS = ['Component', 'Resource', 'System'];
/** One team's entities: about 0.1% of the catalog. */
const SMALL = campaignOver({ owners: ['team-0'], kinds: KINDS });
/** Every Component, Resource and System: most of the catalog. */
const WIDE = campaignOver({ kinds: KINDS });

type ReadResults = (refs: readonly string[]) => Promise<EntityReadiness[]>;

/** What the snapshot read before: every stored result, in one query, held by ref. */
const everyResult =
  (store: ReadinessStore): ReadResults =>
  async refs => {
    const byRef = new Map(
      (await store.listResults({})).map(r => [r.entityRef, r]),
    );
    return refs.flatMap(ref => byRef.get(ref) ?? []);
  };

/** What it reads now: the results of the entities in scope. */
const scopedResults =
  (store: ReadinessStore): ReadResults =>
  refs =>
    store.getResults(refs);

const gc = () => (global as { gc?: () => void }).gc?.();
const heapMb = () => process.memoryUsage().heapUsed / 2 ** 20;

async function measureOn(
  db: 'sqlite' | 'pg',
  entities: Entity[],
  results: EntityReadiness[],
  repeat: number,
): Promise<BenchLine[]> {
  const { knex, drop } = await freshBenchDatabase(db);
  try {
    const database = { getClient: async () => knex };
    const store = await ReadinessStore.create({ database });
    await store.saveResults(results);
    const campaigns = await CampaignStore.create({ database });
    const groups = entities.filter(e => e.kind === 'Group');
    const takeRows = rowsReadFrom(knex, 'readiness_results');

    /** A campaign's progress, the fastest of `repeat`, each from a fresh service (nothing read yet). */
    const progress = async (campaign: Campaign, readResults: ReadResults) => {
      takeRows();
      let fastestMs = Infinity;
      let judged: string[] = [];
      for (let i = 0; i < repeat; i++) {
        const service = new CampaignService({
          store: campaigns,
          loadSnapshot: async () => ({ entities, groups }),
          readResults,
          rules: DEFAULT_READINESS_RULES_CONFIG,
          now: () => NOW,
        });
        const started = process.hrtime.bigint();
        judged = (await service.progress(campaign)).entities.map(
          e => e.entityRef,
        );
        fastestMs = Math.min(
          fastestMs,
          Number(process.hrtime.bigint() - started) / 1e6,
        );
      }
      return { ms: fastestMs, rows: takeRows() / repeat, judged };
    };

    /** Heap the results a read answers hold, once garbage is collected. */
    const retainedMb = async (read: () => Promise<EntityReadiness[]>) => {
      gc();
      const before = heapMb();
      const held = await read();
      gc();
      const mb = heapMb() - before;
      return { mb: Math.max(0, mb), results: held.length };
    };

    const oldSmall = await progress(SMALL, everyResult(store));
    const newSmall = await progress(SMALL, scopedResults(store));
    const oldWide = await progress(WIDE, everyResult(store));
    const newWide = await progress(WIDE, scopedResults(store));
    const oldHeap = await retainedMb(() => store.listResults({}));
    const newHeap = await retainedMb(() => store.getResults(newSmall.judged));

    const ratio = (a: number, b: number) =>
      b > 0 ? (a / b).toFixed(1) : 'n/a';
    const p = `campaign_${db}`;
    return [
      [`${p}_stored_results`, results.length],
      [`${p}_small_scope_entities`, newSmall.judged.length],
      [`${p}_small_rows_read_old`, oldSmall.rows],
      [`${p}_small_rows_read_new`, newSmall.rows],
      [`${p}_small_rows_read_ratio`, ratio(oldSmall.rows, newSmall.rows)],
      [`${p}_small_progress_ms_old`, oldSmall.ms.toFixed(0)],
      [`${p}_small_progress_ms_new`, newSmall.ms.toFixed(0)],
      [`${p}_small_progress_time_ratio`, ratio(oldSmall.ms, newSmall.ms)],
      [`${p}_small_results_heap_mb_old`, oldHeap.mb.toFixed(1)],
      [`${p}_small_results_heap_mb_new`, newHeap.mb.toFixed(1)],
      [`${p}_small_results_heap_ratio`, ratio(oldHeap.mb, newHeap.mb)],
      [`${p}_wide_scope_entities`, newWide.judged.length],
      [`${p}_wide_rows_read_old`, oldWide.rows],
      [`${p}_wide_rows_read_new`, newWide.rows],
      [`${p}_wide_progress_ms_old`, oldWide.ms.toFixed(0)],
      [`${p}_wide_progress_ms_new`, newWide.ms.toFixed(0)],
    ];
  } finally {
    await drop();
  }
}

runBench(async () => {
  const size = numberFromEnv('CAMPAIGN_BENCH_ENTITIES', 20_000);
  const repeat = Math.max(1, numberFromEnv('CAMPAIGN_BENCH_REPEAT', 3));
  const dbs = benchDbsOf(process.env.CAMPAIGN_BENCH_DB ?? 'sqlite');
  const entities = generateCatalog(size);
  const results = evaluateReadiness(entities, undefined, NOW);
  console.log(
    `campaigns: ${size} entities, ${results.length} stored results, ${dbs.join(
      ' and ',
    )}`,
  );
  const lines: BenchLine[] = [];
  for (const db of dbs) {
    lines.push(...(await measureOn(db, entities, results, repeat)));
  }
  printBenchLines(lines);
});
