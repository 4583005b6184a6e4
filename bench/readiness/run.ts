/*
 * Benchmark of operational readiness evaluation (`yarn bench:readiness`).
 *
 * Generates catalogs of 1,000 to 10,000 entities (generateCatalog.ts) and, each
 * in a fresh process, times
 *   - the pure checks (what the lint CLI would run), and
 *   - the backend's full run: catalog read, checks, results and history stored
 *     in SQLite (what the scheduled task does; no network verification), and
 *   - a readiness campaign judged over the whole catalog (campaign_eval_ms).
 * Reports entities per second, peak memory and how time grows with size; ends
 * with `name: value` lines.
 *
 * Environment: READINESS_BENCH_SIZES (default 1000,2000,5000,10000),
 * READINESS_BENCH_REPEAT (default 3; the fastest run counts).
 */
import path from 'path';
import { runBench } from '../shared/benchMain';
import { forkMeasurement } from '../shared/forkMeasurement';

type Measurement = {
  mode: 'checks' | 'service' | 'campaign';
  size: number;
  evaluated: number;
  failing: number;
  elapsedMs: number;
  peakRssMb: number;
  peakHeapGrowthMb: number;
};

function measure(
  mode: Measurement['mode'],
  size: number,
): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = forkMeasurement(path.join(__dirname, 'measure.ts'), [
      mode,
      String(size),
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
) {
  let best: Measurement | undefined;
  for (let i = 0; i < repeat; i++) {
    const m = await measure(mode, size);
    if (!best || m.elapsedMs < best.elapsedMs)
      best = { ...m, peakRssMb: Math.max(m.peakRssMb, best?.peakRssMb ?? 0) };
  }
  return best!;
}

const fmt = (n: number, digits = 0) => n.toFixed(digits);

async function main() {
  const sizes = (process.env.READINESS_BENCH_SIZES ?? '1000,2000,5000,10000')
    .split(',')
    .map(Number);
  const repeat = Number(process.env.READINESS_BENCH_REPEAT ?? 3);
  const results: Record<string, Measurement> = {};

  console.log(
    'mode     entities  evaluated  failing   time ms  entities/s  peak RSS MB  heap growth MB',
  );
  for (const mode of ['checks', 'service', 'campaign'] as const) {
    for (const size of sizes) {
      const m = await fastest(mode, size, repeat);
      results[`${mode}:${size}`] = m;
      console.log(
        `${mode.padEnd(8)} ${String(size).padStart(8)} ${String(
          m.evaluated,
        ).padStart(10)} ${String(m.failing).padStart(8)} ${fmt(
          m.elapsedMs,
          1,
        ).padStart(9)} ${fmt((1000 * size) / m.elapsedMs).padStart(11)} ${fmt(
          m.peakRssMb,
          1,
        ).padStart(12)} ${fmt(m.peakHeapGrowthMb, 1).padStart(15)}`,
      );
    }
  }

  const small = Math.min(...sizes);
  const large = Math.max(...sizes);
  const growth = (mode: string) =>
    results[`${mode}:${large}`].elapsedMs /
    results[`${mode}:${small}`].elapsedMs;
  console.log(
    `\nTime grows ${fmt(growth('checks'), 1)}x (checks) and ${fmt(
      growth('service'),
      1,
    )}x (full run) from ${small} to ${large} entities (${
      large / small
    }x the entities; linear would be ${large / small}x).\n`,
  );

  const service = results[`service:${large}`];
  const checks = results[`checks:${large}`];
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
    `readiness_time_growth_${small}_to_${large}: ${fmt(growth('service'), 2)}`,
  );
  console.log(
    `readiness_entities_per_s: ${fmt((1000 * large) / service.elapsedMs)}`,
  );
  const campaign = results[`campaign:${large}`];
  console.log(`campaign_entities: ${campaign.evaluated}`);
  console.log(`campaign_eval_ms: ${fmt(campaign.elapsedMs)}`);
}

runBench(main);
