/**
 * What both parts of the metrics bench share: a 20-Lambda pipeline in an in-memory catalog,
 * a mocked CloudWatch that counts calls, and the real pipelines backend parts over them.
 */
import {
  CloudWatchClient,
  GetMetricDataCommand,
  GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import { setTimeout as sleep } from 'timers/promises';
import { CacheManager } from '@backstage/backend-defaults/cache';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { SignalPayload } from '@backstage/plugin-signals-node';
import { catalogEntity } from '@internal/stagecraft-test-utils';
import { DEFAULT_THRESHOLDS } from '@stagecraft/plugin-pipelines-common';
import {
  AwsClientFactory,
  AwsLocation,
  CloudWatchGateway,
  CloudWatchMetricsSource,
  MetricsSignalPublisher,
  MetricsWatch,
  PipelinesService,
  SharedCache,
  SimulatedLiveConfigSource,
} from '@stagecraft/plugin-pipelines-backend';
import {
  ANNOTATION_AWS_ARN,
  ANNOTATION_READS_FROM,
} from '@stagecraft/catalog-conventions-common';

/** A pipeline component depending on `stages` Lambdas, each reading the one before. */
function pipelineCatalog(stages: number) {
  const stageEntities: Entity[] = Array.from({ length: stages }, (_, i) =>
    catalogEntity(
      'Component',
      {
        name: `fn-${i}`,
        namespace: 'default',
        annotations: {
          [ANNOTATION_AWS_ARN]: `arn:aws:lambda:eu-west-1:111122223333:function:bench-fn-${i}`,
          ...(i > 0
            ? { [ANNOTATION_READS_FROM]: `component:default/fn-${i - 1}` }
            : {}),
        },
      },
      {
        type: 'lambda-function',
        owner: 'group:default/bench',
        lifecycle: 'production',
      },
    ),
  );
  const pipeline = catalogEntity(
    'Component',
    { name: 'bench-pipeline', namespace: 'default' },
    {
      type: 'pipeline',
      owner: 'group:default/bench',
      lifecycle: 'production',
      dependsOn: stageEntities.map(e => stringifyEntityRef(e)),
    },
  );
  const byRef = new Map(
    [pipeline, ...stageEntities].map(e => [stringifyEntityRef(e), e]),
  );
  /** The catalog as the plugin sees it (an in-memory stand-in for the catalog service). */
  return {
    async getEntityByRef(ref: any) {
      return byRef.get(typeof ref === 'string' ? ref : stringifyEntityRef(ref));
    },
    async getEntitiesByRefs({ entityRefs }: { entityRefs: string[] }) {
      return { items: entityRefs.map(r => byRef.get(r)) };
    },
  } as any;
}

/** GetMetricData mocked at the SDK: every call counted, answered after `latencyMs` (± 25%). */
export function mockedCloudWatch() {
  const counts = { calls: 0, queries: 0, latencyMs: 0 };
  const cw = mockClient(CloudWatchClient);
  cw.on(GetMetricDataCommand).callsFake(
    async (input: GetMetricDataCommandInput) => {
      counts.calls++;
      counts.queries += input.MetricDataQueries?.length ?? 0;
      if (counts.latencyMs > 0)
        await sleep(counts.latencyMs * (0.75 + Math.random() * 0.5));
      const start = (input.StartTime as Date).getTime();
      const end = (input.EndTime as Date).getTime();
      return {
        MetricDataResults: (input.MetricDataQueries ?? []).map((q, i) => {
          const period = (q.MetricStat?.Period ?? 60) * 1000;
          const timestamps: Date[] = [];
          for (let t = start; t < end; t += period)
            timestamps.push(new Date(t));
          return {
            Id: q.Id,
            StatusCode: 'Complete' as const,
            Timestamps: timestamps,
            Values: timestamps.map((_, j) => 100 + ((i * 7 + j) % 13)),
          };
        }),
      };
    },
  );
  return counts;
}

const credentials = { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench' };
const clients = {
  cloudWatch: async (at: AwsLocation) =>
    new CloudWatchClient({ region: at.region, credentials, maxAttempts: 1 }),
} as unknown as AwsClientFactory;

export const logger = {
  info() {},
  warn: (m: string) => console.error(m),
  error: (m: string) => console.error(m),
  debug() {},
  child() {
    return logger;
  },
} as any;

/**
 * The pipelines backend's metrics path as the plugin wires it (Backstage's memory cache
 * through `CacheManager`), on a clock the bench moves, with the signals it would publish
 * collected instead of sent.
 */
export function pipelinesBackend(stages: number, clock: () => number) {
  const cache = new SharedCache(
    CacheManager.fromConfig(
      new ConfigReader({ backend: { cache: { store: 'memory' } } }),
    ).forPlugin('pipelines'),
    logger,
    { clock },
  );
  const auth = mockServices.auth();
  const watch = new MetricsWatch({ clock });
  const service = new PipelinesService({
    catalog: pipelineCatalog(stages),
    auth,
    logger,
    thresholds: DEFAULT_THRESHOLDS,
    clock,
    watch,
    metrics: new CloudWatchMetricsSource({
      gateway: new CloudWatchGateway(clients),
      cache,
      logger,
      clock,
    }),
    liveConfig: new SimulatedLiveConfigSource(clock),
  });
  const signals: SignalPayload[] = [];
  const publisher = new MetricsSignalPublisher({
    watch,
    service,
    auth,
    signals: {
      async publish(signal) {
        signals.push(signal);
      },
    },
    logger,
  });
  return { service, watch, publisher, signals, auth };
}
