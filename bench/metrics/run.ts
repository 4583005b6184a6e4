/* eslint-disable no-console */
/**
 * Pipelines metrics benchmark: a pipeline view of 20 stages × 8 metrics watched by 50
 * concurrent viewers over 10 refreshes, against a mocked CloudWatch that counts calls.
 * See README.md.
 */
import http from 'http';
import { AddressInfo } from 'net';
import express from 'express';
import {
  CloudWatchClient,
  GetMetricDataCommand,
  GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import { CacheManager } from '@backstage/backend-defaults/cache';
import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  DEFAULT_THRESHOLDS,
  METRIC_PROFILES,
  PIPELINES_ROUTES,
  metricWindow,
} from '@stagecraft/plugin-pipelines-common';
import {
  AwsClientFactory,
  AwsLocation,
  CloudWatchGateway,
  CloudWatchMetricsSource,
  createRouter,
  PipelinesService,
  SharedCache,
  SimulatedLiveConfigSource,
} from '@stagecraft/plugin-pipelines-backend';
import {
  ANNOTATION_AWS_ARN,
  ANNOTATION_READS_FROM,
} from '@stagecraft/catalog-conventions-common';
import { runBench } from '../shared/benchMain';

const STAGES = Number(process.env.BENCH_STAGES ?? 20);
const VIEWERS = Number(process.env.BENCH_VIEWERS ?? 50);
const REFRESHES = Number(process.env.BENCH_REFRESHES ?? 10);
const CLOUDWATCH_LATENCY_MS = Number(process.env.BENCH_CW_LATENCY_MS ?? 80);
const RANGE = '1h' as const;

// ---------------------------------------------------------------- the catalog (20 Lambdas)
const stageEntities: Entity[] = Array.from({ length: STAGES }, (_, i) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: `fn-${i}`,
    namespace: 'default',
    annotations: {
      [ANNOTATION_AWS_ARN]: `arn:aws:lambda:eu-west-1:111122223333:function:bench-fn-${i}`,
      ...(i > 0
        ? { [ANNOTATION_READS_FROM]: `component:default/fn-${i - 1}` }
        : {}),
    },
  },
  spec: {
    type: 'lambda-function',
    owner: 'group:default/bench',
    lifecycle: 'production',
  },
}));
const pipeline: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'bench-pipeline', namespace: 'default' },
  spec: {
    type: 'pipeline',
    owner: 'group:default/bench',
    lifecycle: 'production',
    dependsOn: stageEntities.map(e => stringifyEntityRef(e)),
  },
};
const byRef = new Map(
  [pipeline, ...stageEntities].map(e => [stringifyEntityRef(e), e]),
);
/** The catalog as the plugin sees it (an in-memory stand-in for the catalog service). */
const catalog = {
  async getEntityByRef(ref: any) {
    return byRef.get(typeof ref === 'string' ? ref : stringifyEntityRef(ref));
  },
  async getEntitiesByRefs({ entityRefs }: { entityRefs: string[] }) {
    return { items: entityRefs.map(r => byRef.get(r)) };
  },
} as any;

// ---------------------------------------------------------------- mocked CloudWatch
let calls = 0;
let queries = 0;
let simulatedLatency = CLOUDWATCH_LATENCY_MS;
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
function answer(input: GetMetricDataCommandInput) {
  const start = (input.StartTime as Date).getTime();
  const end = (input.EndTime as Date).getTime();
  return {
    MetricDataResults: (input.MetricDataQueries ?? []).map((q, i) => {
      const period = (q.MetricStat?.Period ?? 60) * 1000;
      const timestamps: Date[] = [];
      for (let t = start; t < end; t += period) timestamps.push(new Date(t));
      return {
        Id: q.Id,
        StatusCode: 'Complete' as const,
        Timestamps: timestamps,
        Values: timestamps.map((_, j) => 100 + ((i * 7 + j) % 13)),
      };
    }),
  };
}
const cw = mockClient(CloudWatchClient);
cw.on(GetMetricDataCommand).callsFake(
  async (input: GetMetricDataCommandInput) => {
    calls++;
    queries += input.MetricDataQueries?.length ?? 0;
    if (simulatedLatency > 0)
      await sleep(simulatedLatency * (0.75 + Math.random() * 0.5));
    return answer(input);
  },
);
const credentials = { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench' };
const clients = {
  cloudWatch: async (at: AwsLocation) =>
    new CloudWatchClient({ region: at.region, credentials, maxAttempts: 1 }),
} as unknown as AwsClientFactory;

// ---------------------------------------------------------------- peak memory
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
}

async function main() {
  // A fake clock: each refresh happens one metric period (60 s) after the last.
  let now = Date.UTC(2025, 5, 2, 14, 0, 5);
  const logger = {
    info() {},
    warn: (m: string) => console.error(m),
    error: (m: string) => console.error(m),
    debug() {},
    child() {
      return logger;
    },
  } as any;
  const cache = new SharedCache(
    CacheManager.fromConfig(
      new ConfigReader({ backend: { cache: { store: 'memory' } } }),
    ).forPlugin('pipelines'),
    logger,
    { clock: () => now },
  );
  const service = new PipelinesService({
    catalog,
    auth: mockServices.auth(),
    logger,
    thresholds: DEFAULT_THRESHOLDS,
    clock: () => now,
    metrics: new CloudWatchMetricsSource({
      gateway: new CloudWatchGateway(clients),
      cache,
      logger,
      clock: () => now,
    }),
    liveConfig: new SimulatedLiveConfigSource(() => now),
  });
  const httpAuth = {
    credentials: async () => ({
      $$type: '@backstage/BackstageCredentials',
      principal: { type: 'user', userEntityRef: 'user:default/bench' },
    }),
  } as any;
  const app = express();
  app.use(await createRouter({ httpAuth, service }));
  app.use(
    MiddlewareFactory.create({ config: new ConfigReader({}), logger }).error(),
  );
  const server = http.createServer(app);
  await new Promise<void>(resolve =>
    server.listen(0, '127.0.0.1', () => resolve()),
  );
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const agent = new http.Agent({ keepAlive: true, maxSockets: VIEWERS * 2 });

  const get = (path: string) =>
    new Promise<number>((resolve, reject) => {
      const started = performance.now();
      http
        .get(`${base}${path}`, { agent }, res => {
          res.resume();
          res.on('end', () =>
            res.statusCode === 200
              ? resolve(performance.now() - started)
              : reject(new Error(`${path}: HTTP ${res.statusCode}`)),
          );
        })
        .on('error', reject);
    });

  // ---------------- ours: each viewer loads the view and its selected stage's metrics
  const viewLatencies: number[] = [];
  const metricsLatencies: number[] = [];
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  for (let refresh = 0; refresh < REFRESHES; refresh++) {
    await Promise.all(
      Array.from({ length: VIEWERS }, async (_, viewer) => {
        // Viewers' timers are not in step: spread them over 200 ms.
        await sleep(Math.random() * 200);
        const pipeline = PIPELINES_ROUTES.pipeline.path({
          kind: 'component',
          namespace: 'default',
          name: 'bench-pipeline',
        });
        viewLatencies.push(await get(`${pipeline}?range=${RANGE}`));
        const stage = PIPELINES_ROUTES.stageMetrics.path({
          kind: 'component',
          namespace: 'default',
          name: `fn-${viewer % STAGES}`,
        });
        metricsLatencies.push(await get(`${stage}?range=${RANGE}`));
      }),
    );
    now += 60_000;
  }
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  // Client and server share this process: the CPU figure is an upper bound for the server.
  const cpuMsPerRequest =
    (cpu.user + cpu.system) / 1000 / (VIEWERS * REFRESHES * 2);
  const ourCalls = calls;
  const ourQueries = queries;
  const ourPeakRss = Math.max(peakRss, process.memoryUsage().rss);

  // ---------------- naive: one GetMetricData call per metric, per viewer, per refresh
  const naiveRefreshes = process.env.BENCH_SKIP_NAIVE ? 0 : REFRESHES;
  simulatedLatency = 0;
  calls = 0;
  const naive = new CloudWatchClient({
    region: 'eu-west-1',
    credentials,
    maxAttempts: 1,
  });
  const metrics = METRIC_PROFILES['lambda-function'].metrics;
  const window = metricWindow(RANGE, now);
  const naiveRequest = (fn: string, metric: (typeof metrics)[number]) =>
    naive.send(
      new GetMetricDataCommand({
        StartTime: new Date(window.start),
        EndTime: new Date(window.end),
        MetricDataQueries: [
          {
            Id: 'm0',
            MetricStat: {
              Metric: {
                Namespace: metric.namespace,
                MetricName: metric.metricName,
                Dimensions: [{ Name: 'FunctionName', Value: fn }],
              },
              Period: 60,
              Stat: metric.statistic,
            },
          },
        ],
      }),
    );
  for (let refresh = 0; refresh < naiveRefreshes; refresh++) {
    for (let viewer = 0; viewer < VIEWERS; viewer++) {
      // The view: every metric of every stage; then the selected stage's charts.
      const jobs: Promise<unknown>[] = [];
      for (let s = 0; s < STAGES; s++) {
        for (const metric of metrics)
          jobs.push(naiveRequest(`bench-fn-${s}`, metric));
      }
      for (const metric of metrics)
        jobs.push(naiveRequest(`bench-fn-${viewer % STAGES}`, metric));
      await Promise.all(jobs);
    }
  }
  const naiveCalls = calls;

  clearInterval(sampler);
  server.close();
  agent.destroy();
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

  console.log(
    `# ${STAGES} stages x ${metrics.length} metrics, ${VIEWERS} viewers, ${REFRESHES} refreshes, range ${RANGE}`,
  );
  console.log(
    `# mocked CloudWatch latency ~${CLOUDWATCH_LATENCY_MS} ms per call; ${(
      elapsed / 1000
    ).toFixed(1)} s for our run`,
  );
  console.log(`requests: ${viewLatencies.length + metricsLatencies.length}`);
  console.log(`cloudwatch_calls_ours: ${ourCalls}`);
  console.log(`cloudwatch_queries_ours: ${ourQueries}`);
  console.log(`cloudwatch_calls_naive: ${naiveCalls}`);
  console.log(`cpu_ms_per_request: ${cpuMsPerRequest.toFixed(2)}`);
  console.log(`view_p50_ms: ${percentile(viewLatencies, 50).toFixed(1)}`);
  console.log(`view_p99_ms: ${percentile(viewLatencies, 99).toFixed(1)}`);
  console.log(
    `peak_rss_mb_with_naive_run: ${mb(
      Math.max(peakRss, process.resourceUsage().maxRSS * 1024),
    )}`,
  );
  console.log(
    `cloudwatch_call_ratio: ${(naiveCalls / Math.max(ourCalls, 1)).toFixed(0)}`,
  );
  console.log(`metrics_p50_ms: ${percentile(metricsLatencies, 50).toFixed(1)}`);
  console.log(`metrics_p99_ms: ${percentile(metricsLatencies, 99).toFixed(1)}`);
  console.log(`peak_rss_mb: ${mb(ourPeakRss)}`);
}

runBench(main);
