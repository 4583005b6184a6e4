/*
 * Benchmark of operational readiness evaluation (`yarn bench:readiness`).
 *
 * Generates catalogs of 1,000 to 100,000 entities (generateCatalog.ts) and, each
 * in a fresh process, times
 *   - the pure checks (what the lint CLI would run), and
 *   - the backend's full run: catalog read, checks, results and history stored
 *     in SQLite in memory or a fresh PostgreSQL database (what the scheduled task
 *     does; no network verification), into an empty database and again over its
 *     own results, and
 *   - a readiness campaign judged over the whole catalog (campaign_eval_ms).
 * Reports entities per second, CPU time, peak memory and how time grows with
 * size; ends with `name: value` lines.
 *
 * Environment: READINESS_BENCH_SIZES (default 1000,2000,5000,10000),
 * READINESS_BENCH_REPEAT (default 3; the fastest run counts),
 * READINESS_BENCH_DB (sqlite, pg or both; default sqlite),
 * READINESS_BENCH_POSTGRES (default postgresql://postgres@127.0.0.1:5432).
 */
import path from 'path';
import { runBench } from '../shared/benchMain';
import { numberFromEnv, numbersFromEnv } from '../shared/benchEnv';
import { forkMeasurement } from '../shared/forkMeasurement';
import { BenchDb, benchDbsOf } from './benchDatabase';

type Measurement = {
  mode: 'checks' | 'service' | 'campaign';
  size: number;
  evaluated: number;
  failing: number;
  elapsedMs: number;
  peakRssMb: number;
  peakHeapGrowthMb: number;
  /** service only: this process's and the database server's CPU time, and the rerun. */
  cpuMs?: number;
  serverCpuMs?: number;
  rerunMs?: number;
  rerunCpuMs?: number;
  rerunServerCpuMs?: number;
};

function measure(
  mode: Measurement['mode'],
  size: number,
  db: BenchDb,
): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = forkMeasurement(path.join(__dirname, 'measure.ts'), [
      mode,
      String(size),
      db,
    ]);
    // The TypeScript transform also messages the parent; only results count.
    child.on('message', (message: any) => {
      if (message?.type === 'readiness-result') resolve(message as Measurement);
    });
    child.on(
      'exit',
      code =>
        code !== 0 && reject(new Error(`${mode} ${size} exited with ${code}`)),
    );
  });
}

async function fastest(
  mode: Measurement['mode'],
  size: number,
  repeat: number,
  db: BenchDb = 'sqlite',
) {
  let best: Measurement | undefined;
  for (let i = 0; i < repeat; i++) {
    const m = await measure(mode, size, db);
    if (!best || m.elapsedMs < best.elapsedMs)
      best = { ...m, peakRssMb: Math.max(m.peakRssMb, best?.peakRssMb ?? 0) };
  }
  return best!;
}

const fmt = (n: number, digits = 0) => n.toFixed(digits);
const optional = (n: number | undefined) => (n === undefined ? '-' : fmt(n, 0));

function printRow(label: string, m: Measurement) {
  console.log(
    `${label.padEnd(14)} ${String(m.size).padStart(8)} ${String(
      m.evaluated,
    ).padStart(10)} ${String(m.failing).padStart(8)} ${fmt(
      m.elapsedMs,
      1,
    ).padStart(9)} ${fmt((1000 * m.size) / m.elapsedMs).padStart(11)} ${fmt(
      m.peakRssMb,
      1,
    ).padStart(12)} ${fmt(m.peakHeapGrowthMb, 1).padStart(15)} ${optional(
      m.cpuMs,
    ).padStart(8)} ${optional(m.serverCpuMs).padStart(10)} ${optional(
      m.rerunMs,
    ).padStart(9)} ${optional(m.rerunCpuMs).padStart(9)} ${optional(
      m.rerunServerCpuMs,
    ).padStart(11)}`,
  );
}

/** The `name: value` lines of one database's full runs. */
function printServiceLines(
  db: BenchDb,
  results: Record<string, Measurement>,
  sizes: number[],
) {
  const large = Math.max(...sizes);
  const from = sizes.includes(large / 10) ? large / 10 : Math.min(...sizes);
  const at = (size: number) => results[`service:${db}:${size}`];
  const m = at(large);
  const name = `readiness_${db}`;
  console.log(`${name}_entities: ${large}`);
  console.log(`${name}_run_ms: ${fmt(m.elapsedMs)}`);
  console.log(`${name}_cpu_ms: ${optional(m.cpuMs)}`);
  if (m.serverCpuMs !== undefined)
    console.log(`${name}_server_cpu_ms: ${fmt(m.serverCpuMs)}`);
  console.log(`${name}_peak_rss_mb: ${fmt(m.peakRssMb)}`);
  console.log(
    `${name}_time_growth_${from}_to_${large}: ${fmt(
      m.elapsedMs / at(from).elapsedMs,
      2,
    )}`,
  );
  console.log(
    `${name}_rerun_entities_per_s: ${fmt((1000 * large) / m.rerunMs!)}`,
  );
  if (m.cpuMs !== undefined && m.serverCpuMs !== undefined) {
    // The backend waits on the database: their CPU times add up to the run on an idle machine.
    console.log(
      `${name}_cpu_entities_per_s: ${fmt(
        (1000 * large) / (m.cpuMs + m.serverCpuMs),
      )}`,
    );
  }
  console.log(`${name}_entities_per_s: ${fmt((1000 * large) / m.elapsedMs)}`);
}

async function main() {
  const sizes = numbersFromEnv(
    'READINESS_BENCH_SIZES',
    [1000, 2000, 5000, 10000],
  );
  const repeat = numberFromEnv('READINESS_BENCH_REPEAT', 3);
  const dbs = benchDbsOf(process.env.READINESS_BENCH_DB);
  const results: Record<string, Measurement> = {};

  console.log(
    'mode           entities  evaluated  failing   time ms  entities/s  peak RSS MB  heap growth MB   cpu ms  db cpu ms  rerun ms  rerun cpu  rerun db cpu',
  );
  for (const size of sizes) {
    const m = await fastest('checks', size, repeat);
    results[`checks:${size}`] = m;
    printRow('checks', m);
  }
  for (const db of dbs) {
    for (const size of sizes) {
      const m = await fastest('service', size, repeat, db);
      results[`service:${db}:${size}`] = m;
      printRow(`service ${db}`, m);
    }
  }
  for (const size of sizes) {
    const m = await fastest('campaign', size, repeat);
    results[`campaign:${size}`] = m;
    printRow('campaign', m);
  }

  const small = Math.min(...sizes);
  const large = Math.max(...sizes);
  const growth = (key: string) =>
    results[`${key}:${large}`].elapsedMs / results[`${key}:${small}`].elapsedMs;
  console.log(
    `\nTime grows ${fmt(growth('checks'), 1)}x (checks)${dbs
      .map(db => ` and ${fmt(growth(`service:${db}`), 1)}x (full run, ${db})`)
      .join('')} from ${small} to ${large} entities (${fmt(
      large / small,
      1,
    )}x the entities; linear would be that).\n`,
  );

  const checks = results[`checks:${large}`];
  if (dbs.includes('sqlite')) {
    const service = results[`service:sqlite:${large}`];
    console.log(`readiness_entities: ${large}`);
    console.log(`readiness_evaluated_entities: ${service.evaluated}`);
    console.log(`readiness_run_ms: ${fmt(service.elapsedMs)}`);
    console.log(
      `readiness_checks_entities_per_s: ${fmt(
        (1000 * large) / checks.elapsedMs,
      )}`,
    );
    console.log(`readiness_peak_rss_mb: ${fmt(service.peakRssMb)}`);
    console.log(
      `readiness_time_growth_${small}_to_${large}: ${fmt(
        growth('service:sqlite'),
        2,
      )}`,
    );
    console.log(
      `readiness_entities_per_s: ${fmt((1000 * large) / service.elapsedMs)}`,
    );
  } else {
    console.log(
      `readiness_checks_entities_per_s: ${fmt(
        (1000 * large) / checks.elapsedMs,
      )}`,
    );
  }
  if (dbs.includes('pg')) printServiceLines('pg', results, sizes);
  const campaign = results[`campaign:${large}`];
  console.log(`campaign_entities: ${campaign.evaluated}`);
  console.log(`campaign_eval_ms: ${fmt(campaign.elapsedMs)}`);
}

runBench(main);
