/**
 * Part 1: viewers with the Pipeline tab open over real HTTP. Each metric period the
 * backend's MetricsSignalPublisher fetches the new window and signals; each signalled page
 * loads its view and its selected stage's charts again after a random delay within
 * METRICS_SIGNAL_JITTER_MS, as the page does.
 */
import http from 'http';
import { AddressInfo } from 'net';
import express from 'express';
import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { ConfigReader } from '@backstage/config';
import {
  METRICS_SIGNAL_JITTER_MS,
  PIPELINES_ROUTES,
  pipelineMetricsSignalChannel,
} from '@stagecraft/plugin-pipelines-common';
import { createRouter } from '@stagecraft/plugin-pipelines-backend';
import { setTimeout as sleep } from 'timers/promises';
import { logger, pipelinesBackend } from './setup';

export interface LiveRunOptions {
  stages: number;
  viewers: number;
  periods: number;
  jitterMs?: number;
}

export interface LiveRunResult {
  viewLatencies: number[];
  metricsLatencies: number[];
  signals: number;
  elapsedMs: number;
  cpuMsPerRequest: number;
}

const PERIOD_MS = 60_000;
const pipelineRef = 'component:default/bench-pipeline';

export async function liveRun(options: LiveRunOptions): Promise<LiveRunResult> {
  const { stages, viewers, periods } = options;
  const jitterMs = options.jitterMs ?? METRICS_SIGNAL_JITTER_MS;
  let now = Date.UTC(2025, 5, 2, 14, 0, 5);
  const backend = pipelinesBackend(stages, () => now);

  // Each viewer is its own signed-in user, named by a header the bench sets.
  const httpAuth = {
    credentials: async (req: express.Request) => ({
      $$type: '@backstage/BackstageCredentials',
      principal: {
        type: 'user',
        userEntityRef: `user:default/${req.header('x-bench-viewer')}`,
      },
    }),
  } as any;
  const app = express();
  app.use(await createRouter({ httpAuth, service: backend.service }));
  app.use(
    MiddlewareFactory.create({ config: new ConfigReader({}), logger }).error(),
  );
  const server = http.createServer(app);
  // Pages idle for up to a jitter between loads: keep their connections open past that.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 121_000;
  await new Promise<void>(resolve =>
    server.listen(0, '127.0.0.1', () => resolve()),
  );
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const get = (path: string, viewer: number) =>
    new Promise<number>((resolve, reject) => {
      const started = performance.now();
      http
        .get(
          `${base}${path}`,
          { agent, headers: { 'x-bench-viewer': `viewer-${viewer}` } },
          res => {
            res.resume();
            res.on('end', () =>
              res.statusCode === 200
                ? resolve(performance.now() - started)
                : reject(new Error(`${path}: HTTP ${res.statusCode}`)),
            );
          },
        )
        .on('error', reject);
    });

  const viewPath = `${PIPELINES_ROUTES.pipeline.path({
    kind: 'component',
    namespace: 'default',
    name: 'bench-pipeline',
  })}?range=1h`;
  const stageName = (viewer: number) => `fn-${viewer % stages}`;
  const stagePath = (viewer: number) =>
    `${PIPELINES_ROUTES.stageMetrics.path({
      kind: 'component',
      namespace: 'default',
      name: stageName(viewer),
    })}?range=1h`;

  const viewLatencies: number[] = [];
  const metricsLatencies: number[] = [];
  const later = (fn: () => Promise<void>) =>
    sleep(Math.random() * jitterMs).then(fn);
  const loadView = (viewer: number) =>
    later(async () => {
      viewLatencies.push(await get(viewPath, viewer));
    });
  const loadStage = (viewer: number) =>
    later(async () => {
      metricsLatencies.push(await get(stagePath(viewer), viewer));
    });

  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  // The pages open (not all in the same instant): the view, then the selected stage.
  await Promise.all(
    Array.from({ length: viewers }, (_, viewer) =>
      loadView(viewer).then(() => loadStage(viewer)),
    ),
  );
  let signals = 0;
  for (let period = 0; period < periods; period++) {
    now += PERIOD_MS;
    backend.signals.length = 0;
    await backend.publisher.publishDue();
    signals += backend.signals.length;
    // Deliver each signal to its recipients' pages, as the signals plugin would.
    const loads: Promise<void>[] = [];
    for (const signal of backend.signals) {
      const recipients = (signal.recipients as { entityRef: string[] })
        .entityRef;
      for (const user of recipients) {
        const viewer = Number(user.split('viewer-')[1]);
        if (signal.channel === pipelineMetricsSignalChannel(pipelineRef)) {
          loads.push(loadView(viewer));
        } else if (
          signal.channel ===
          pipelineMetricsSignalChannel(`component:default/${stageName(viewer)}`)
        ) {
          loads.push(loadStage(viewer));
        }
      }
    }
    await Promise.all(loads);
  }
  const elapsedMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  server.close();
  agent.destroy();
  return {
    viewLatencies,
    metricsLatencies,
    signals,
    elapsedMs,
    // Client and server share this process: an upper bound for the server.
    cpuMsPerRequest:
      (cpu.user + cpu.system) /
      1000 /
      Math.max(1, viewLatencies.length + metricsLatencies.length),
  };
}
