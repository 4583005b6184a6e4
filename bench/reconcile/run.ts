/*
 * Benchmark of reconciling a secret store with the catalog (`yarn bench:reconcile`).
 *
 * Generates N catalog secrets and N store items (seeded): most match by name or ARN,
 * and a share of each kind of drift (shadow, ghost, overdue, unused, expiring). Times
 * `reconcileStore` (findings and each matched secret's rotation status) for each size, fastest of RECONCILE_BENCH_REPEAT (default 5) runs, and
 * prints `name: value` lines; the target is `reconcile_ms` ≤ 5,000 at 50,000 against
 * 50,000, linear in size (`linearity` = ms per item at the largest size over ms per item
 * at the smallest; about 1 is linear).
 *
 * Environment: RECONCILE_BENCH_SIZES (default 5000,10000,50000).
 */
import {
  DEFAULT_RECONCILE_POLICY,
  reconcileStore,
} from '@stagecraft/plugin-secrets-node';
import { printBenchLines, runBench } from '../shared/benchMain';
import { numberFromEnv, numbersFromEnv } from '../shared/benchEnv';
import { generateStore } from './generateStore';

const sizes = numbersFromEnv('RECONCILE_BENCH_SIZES', [5000, 10000, 50000]);
const repeat = numberFromEnv('RECONCILE_BENCH_REPEAT', 5);
const NOW = new Date('2026-12-05T12:00:00Z');

function timeOnce(size: number): {
  ms: number;
  findings: number;
  rotations: number;
} {
  const { secrets, items } = generateStore(size, NOW);
  const started = process.hrtime.bigint();
  const { findings, rotations } = reconcileStore({
    store: 'resource:default/bench-store',
    secrets,
    items,
    policy: { ...DEFAULT_RECONCILE_POLICY, defaultRotationPeriodDays: 90 },
    now: NOW,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, findings: findings.length, rotations: rotations.length };
}

runBench(async () => {
  // Warm the JIT on the largest size, so the smallest is not timed cold.
  timeOnce(Math.max(...sizes));
  const results = sizes.map(size => {
    const runs = Array.from({ length: repeat }, () => timeOnce(size));
    const fastest = Math.min(...runs.map(run => run.ms));
    console.error(
      `${size} secrets against ${size} items: ${fastest.toFixed(1)} ms, ${
        runs[0].findings
      } findings, ${runs[0].rotations} rotation statuses`,
    );
    return {
      size,
      ms: fastest,
      findings: runs[0].findings,
      rotations: runs[0].rotations,
    };
  });
  const smallest = results[0];
  const largest = results[results.length - 1];
  printBenchLines([
    ['reconcile_size', largest.size],
    ['reconcile_ms', largest.ms.toFixed(1)],
    ['reconcile_findings', largest.findings],
    ['reconcile_rotations', largest.rotations],
    [
      'linearity',
      (largest.ms / largest.size / (smallest.ms / smallest.size)).toFixed(2),
    ],
    ['meets_target', largest.size >= 50_000 && largest.ms <= 5_000],
  ]);
});
