/*
 * Benchmark of the secrets catalog module and the secrets review API
 * (`yarn bench:secrets`).
 *
 * Generates a catalog of 10,000 entities (5,000 secrets, 20 stores, 50 groups,
 * 4,930 components using secrets) and ingests it through the real catalog
 * backend twice, without and with
 * @stagecraft/plugin-catalog-backend-module-secrets. The two backends run side
 * by side in their own processes, so that both see the same machine load;
 * then the review API is measured on the one with the module. Ends with
 * `name: value` lines.
 *
 * Environment:
 *   SECRETS_BENCH_POSTGRES  a PostgreSQL connection string; in-memory SQLite otherwise
 *   SECRETS_BENCH_DEADLINE  seconds to wait for ingestion (default 400); past it,
 *                           the overhead is computed from throughput instead
 *   SECRETS_BENCH_SCALE     catalog size factor (default 1 = 10,000 entities)
 */
import { ChildProcess } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { printBenchLines, runBench } from '../shared/benchMain';
import { numberFromEnv } from '../shared/benchEnv';
import { forkMeasurement } from '../shared/forkMeasurement';
import { generateCatalog } from './generateCatalog';
import { measureModuleCpu } from './moduleCpu';
import { measureReviewRules } from './reviewRules';

type Ingested = {
  mode: 'with' | 'without';
  done: boolean;
  elapsedMs: number;
  served: number;
};
type Review = Record<string, number>;

function start(mode: 'with' | 'without', entry: string, expected: object) {
  const deadlineMs = numberFromEnv('SECRETS_BENCH_DEADLINE', 400) * 1000;
  const child = forkMeasurement(path.join(__dirname, 'ingest.ts'), [
    mode,
    entry,
    JSON.stringify(expected),
    String(deadlineMs),
  ]);
  const next = <T>(type: string) =>
    new Promise<T>((resolve, reject) => {
      child.on('message', (message: any) => {
        if (message?.type === type) resolve(message);
      });
      child.on('exit', code =>
        reject(new Error(`The ${mode} backend exited (${code})`)),
      );
    });
  return { child, next };
}

function stop(child: ChildProcess) {
  child.send('stop');
  return new Promise(resolve => child.on('exit', resolve));
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secrets-bench-'));
  try {
    const catalog = generateCatalog(dir);
    console.log(
      `Generated ${catalog.entities} entities (${catalog.secrets} secrets) in ${catalog.files} files; ` +
        `database: ${
          process.env.SECRETS_BENCH_POSTGRES ? 'PostgreSQL' : 'in-memory SQLite'
        }`,
    );

    const without = start('without', catalog.entry, catalog);
    const withModule = start('with', catalog.entry, catalog);
    const [a, b] = await Promise.all([
      without.next<Ingested>('ingested'),
      withModule.next<Ingested>('ingested'),
    ]);
    console.log(`without module: ${JSON.stringify(a)}`);
    console.log(`with module:    ${JSON.stringify(b)}`);
    await stop(without.child);

    withModule.child.send('measure');
    const { review } = await withModule.next<{ review: Review }>('review');
    console.log(`review API: ${JSON.stringify(review)}`);
    await stop(withModule.child);

    const cpu = await measureModuleCpu(dir);
    console.log(`module CPU: ${JSON.stringify(cpu)}`);
    const rules = measureReviewRules(dir);
    console.log(`review rules in-process: ${JSON.stringify(rules)}`);

    const complete = a.done && b.done;
    // Complete: compare the time to ingest. Otherwise: compare throughput.
    const overhead = complete
      ? (b.elapsedMs / a.elapsedMs - 1) * 100
      : (a.served / a.elapsedMs / (b.served / b.elapsedMs) - 1) * 100;
    const lines: Array<[string, string | number | boolean]> = [
      ['entities', catalog.entities],
      ['secrets', catalog.secrets],
      ['ingest_complete', complete],
      ['ingest_without_module_ms', a.elapsedMs],
      ['ingest_with_module_ms', b.elapsedMs],
      ['entities_ingested_without_module', a.served],
      ['entities_ingested_with_module', b.served],
      ['secrets_module_cpu_ms_per_entity', cpu.perEntityMs],
      ['secrets_review_rules_items', rules.items],
      ['secrets_review_rules_ms', rules.ms],
      ['secrets_review_rules_body_mb', rules.bodyMb],
      ['secrets_review_rules_retained_heap_mb', rules.retainedHeapMb],
      ['secrets_review_items', review.items],
      ['secrets_review_body_mb', review.bodyMb],
      ['secrets_review_api_cold_ms', review.coldMs],
      ['secrets_review_api_warm_ms', review.warmMedianMs],
      ['secrets_review_heap_delta_cold_mb', review.heapDeltaColdMb],
      ['secrets_review_heap_retained_mb', review.heapRetainedMb],
      ['secrets_review_rss_mb', review.rssMb],
      ['secrets_processing_overhead_pct', Math.round(overhead * 10) / 10],
      ['secrets_review_api_ms', review.warmMedianMs],
    ];
    console.log('');
    printBenchLines(lines);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

runBench(main);
