/* eslint-disable no-console */
/**
 * Pipelines metrics benchmark: a pipeline view of 20 stages × 8 metrics watched by
 * BENCH_VIEWERS concurrent viewers (default 50; the target is at 500), against a
 * mocked CloudWatch that counts calls. See README.md.
 */
import os from 'os';
import { METRIC_PROFILES } from '@stagecraft/plugin-pipelines-common';
import { printBenchLines, runBench } from '../shared/benchMain';
import { numberFromEnv } from '../shared/benchEnv';
import { hourOfRequests } from './hour';
import { liveRun } from './live';
import { percentile } from '../shared/percentile';
import { mockedCloudWatch } from './setup';

const STAGES = numberFromEnv('BENCH_STAGES', 20);
const VIEWERS = numberFromEnv('BENCH_VIEWERS', 50);
const PERIODS = numberFromEnv('BENCH_REFRESHES', 10);
const CLOUDWATCH_LATENCY_MS = numberFromEnv('BENCH_CW_LATENCY_MS', 80);

async function main() {
  const cloudWatch = mockedCloudWatch();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 20);

  cloudWatch.latencyMs = CLOUDWATCH_LATENCY_MS;
  const live = await liveRun({
    stages: STAGES,
    viewers: VIEWERS,
    periods: PERIODS,
  });
  const ourCalls = cloudWatch.calls;
  const ourQueries = cloudWatch.queries;
  clearInterval(sampler);

  // The naive client: one GetMetricData call per metric, per viewer, per load: the view
  // (every metric of every stage) and the selected stage's charts, at the opening and
  // once per period after.
  const metricsPerStage = METRIC_PROFILES['lambda-function'].metrics.length;
  const naiveCalls =
    (PERIODS + 1) * VIEWERS * (STAGES * metricsPerStage + metricsPerStage);

  cloudWatch.latencyMs = 0;
  const hour = await hourOfRequests(STAGES, VIEWERS);

  const [load1] = os.loadavg();
  console.log(
    `# ${STAGES} stages x ${metricsPerStage} metrics, ${VIEWERS} viewers of the 1h Pipeline tab, ${PERIODS} metric periods, pushed reloads spread over 5 s`,
  );
  console.log(
    `# mocked CloudWatch latency ~${CLOUDWATCH_LATENCY_MS} ms per call; ${(
      live.elapsedMs / 1000
    ).toFixed(1)} s; load average ${load1.toFixed(2)} on ${
      os.cpus().length
    } CPUs`,
  );
  printBenchLines([
    ['requests', live.viewLatencies.length + live.metricsLatencies.length],
    ['signals_published', live.signals],
    ['cloudwatch_calls_ours', ourCalls],
    ['cloudwatch_queries_ours', ourQueries],
    ['cloudwatch_calls_naive', naiveCalls],
    ['cpu_ms_per_request', live.cpuMsPerRequest.toFixed(2)],
    ['view_p50_ms', percentile(live.viewLatencies, 50).toFixed(1)],
    ['view_p99_ms', percentile(live.viewLatencies, 99).toFixed(1)],
    ['peak_rss_mb', (peakRss / 1024 / 1024).toFixed(0)],
    ['metrics_requests_polling', hour.polling],
    ['metrics_requests_pushed', hour.pushed],
    ['metrics_requests_pushed_by_signal', hour.signalled],
    ['metrics_requests_pushed_safety_poll', hour.safety],
    ['metrics_requests_saved_ratio', (hour.polling / hour.pushed).toFixed(2)],
    ['metrics_update_lag_polling_s', hour.lagPollingS.toFixed(1)],
    ['metrics_update_lag_pushed_s', hour.lagPushedS.toFixed(1)],
    ['metrics_requests_polling_at_pushed_lag', hour.pollingAtPushedLag],
    ['cloudwatch_call_ratio', (naiveCalls / Math.max(ourCalls, 1)).toFixed(0)],
    ['metrics_p50_ms', percentile(live.metricsLatencies, 50).toFixed(1)],
    ['metrics_p99_ms', percentile(live.metricsLatencies, 99).toFixed(1)],
  ]);
}

runBench(main);
