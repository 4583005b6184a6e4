import { Entity } from '@backstage/catalog-model';
import {
  CapacityReport,
  MetricPoint,
  PipelineEdgeDrift,
  PipelineView,
  StageConfigResponse,
  StageMetrics,
  StageStatus,
  metricWindow,
} from '@stagecraft/plugin-pipelines-common';
import { PipelinesApi } from '../api';

export const NOW = Date.UTC(2025, 5, 2, 14, 0);
const window = metricWindow('3h', NOW);

export const points = (f: (i: number) => number, n = 180): MetricPoint[] =>
  Array.from({ length: n }, (_, i) => [window.start + i * 60_000, f(i)]);

export const pipelineEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'event-data-pipeline',
    namespace: 'default',
    title: 'Event data pipeline',
  },
  spec: {
    type: 'pipeline',
    owner: 'group:default/data',
    lifecycle: 'production',
  },
};

export const lambdaEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'event-processor',
    namespace: 'default',
    title: 'Event processor',
  },
  spec: {
    type: 'lambda-function',
    owner: 'group:default/data',
    lifecycle: 'production',
  },
};

/** One end of a drift edge, a stage of the pipeline. */
const inPipeline = (ref: string, label: string) => ({
  ref,
  label,
  inPipeline: true,
});

const aws = (name: string, accountId = '111122223333') => ({
  accountId,
  region: 'eu-west-1',
  resourceName: name,
});

export const stages: StageStatus[] = [
  {
    ref: 'resource:default/raw-events-stream',
    kind: 'Resource',
    name: 'raw-events-stream',
    title: 'Raw events stream',
    stageType: 'kinesis-stream',
    aws: aws('raw-events-prod'),
    missing: false,
    health: { state: 'ok', reasons: [] },
    keyMetric: {
      id: 'incomingRecords',
      label: 'Incoming records',
      unit: 'count',
      statistic: 'Sum',
      points: points(i => 20_000 + i * 10),
    },
    freshness: { fetchedAt: new Date(NOW).toISOString(), stale: false },
    problems: [],
  },
  {
    ref: 'component:default/event-processor',
    kind: 'Component',
    name: 'event-processor',
    title: 'Event processor',
    stageType: 'lambda-function',
    aws: aws('event-processor-prod'),
    missing: false,
    health: {
      state: 'critical',
      reasons: [
        {
          state: 'critical',
          metric: 'iteratorAgeMs',
          message: 'Iterator age 9m 50s (critical at 5m 0s)',
        },
      ],
    },
    keyMetric: {
      id: 'invocations',
      label: 'Invocations',
      unit: 'count',
      statistic: 'Sum',
      points: points(() => 400),
    },
    freshness: { fetchedAt: new Date(NOW).toISOString(), stale: false },
    problems: [],
  },
  {
    ref: 'resource:default/staging-stream',
    kind: 'Resource',
    name: 'staging-stream',
    title: 'Staging stream',
    stageType: 'kinesis-stream',
    aws: aws('raw-events-staging', '444455556666'),
    missing: false,
    health: {
      state: 'unknown',
      reasons: [
        {
          state: 'unknown',
          metric: 'fetch',
          message: 'Judged on data 4 min old',
        },
      ],
    },
    keyMetric: {
      id: 'incomingRecords',
      label: 'Incoming records',
      unit: 'count',
      statistic: 'Sum',
      points: points(() => 10),
    },
    freshness: {
      fetchedAt: new Date(NOW - 240_000).toISOString(),
      stale: true,
      staleAgeMs: 240_000,
      error:
        'AccessDenied for account 444455556666 in eu-west-1 (cloudwatch:GetMetricData): nope',
    },
    problems: [],
  },
  {
    ref: 'resource:default/events-lake-bucket',
    kind: 'Resource',
    name: 'events-lake-bucket',
    title: 'Events lake bucket',
    stageType: 's3-bucket',
    missing: false,
    health: { state: 'not-monitored', reasons: [] },
    problems: [],
  },
];

export const view: PipelineView = {
  pipeline: {
    ref: 'component:default/event-data-pipeline',
    title: 'Event data pipeline',
  },
  source: 'simulated',
  range: '3h',
  periodSeconds: 60,
  window: { start: window.start, end: window.end },
  health: 'critical',
  stages,
  edges: [
    {
      from: 'resource:default/raw-events-stream',
      to: 'component:default/event-processor',
    },
    {
      from: 'component:default/event-processor',
      to: 'resource:default/events-lake-bucket',
    },
  ],
  problems: [],
  generatedAt: new Date(NOW).toISOString(),
};

export function stageMetrics(stage: StageStatus): StageMetrics {
  const lambda = stage.stageType === 'lambda-function';
  return {
    stage,
    source: 'simulated',
    range: '3h',
    periodSeconds: 60,
    window: { start: window.start, end: window.end },
    generatedAt: new Date(NOW).toISOString(),
    series: lambda
      ? [
          {
            id: 'invocations',
            label: 'Invocations',
            unit: 'count',
            statistic: 'Sum',
            points: points(() => 400),
          },
          {
            id: 'errors',
            label: 'Errors',
            unit: 'count',
            statistic: 'Sum',
            points: points(() => 1),
          },
          {
            id: 'throttles',
            label: 'Throttles',
            unit: 'count',
            statistic: 'Sum',
            points: points(() => 0),
          },
          {
            id: 'durationP50',
            label: 'Duration p50',
            unit: 'milliseconds',
            statistic: 'p50',
            points: points(() => 120),
          },
          {
            id: 'durationP99',
            label: 'Duration p99',
            unit: 'milliseconds',
            statistic: 'p99',
            points: points(() => 480),
          },
          {
            id: 'durationMax',
            label: 'Duration max',
            unit: 'milliseconds',
            statistic: 'Maximum',
            points: points(() => 900),
          },
          {
            id: 'iteratorAgeMs',
            label: 'Iterator age',
            unit: 'milliseconds',
            statistic: 'Maximum',
            points: points(i => i * 3300),
          },
          {
            id: 'concurrentExecutions',
            label: 'Concurrent executions',
            unit: 'count',
            statistic: 'Maximum',
            points: points(() => 3),
          },
        ]
      : [
          {
            id: 'incomingRecords',
            label: 'Incoming records',
            unit: 'count',
            statistic: 'Sum',
            points: points(() => 20_000),
          },
          {
            id: 'incomingBytes',
            label: 'Incoming bytes',
            unit: 'bytes',
            statistic: 'Sum',
            points: points(() => 2e7),
          },
          {
            id: 'iteratorAgeMs',
            label: 'Iterator age (GetRecords)',
            unit: 'milliseconds',
            statistic: 'Maximum',
            points: points(() => 300),
          },
          {
            id: 'readThrottles',
            label: 'Read throughput exceeded',
            unit: 'count',
            statistic: 'Sum',
            points: points(() => 0),
          },
          {
            id: 'writeThrottles',
            label: 'Write throughput exceeded',
            unit: 'count',
            statistic: 'Sum',
            points: points(() => 0),
          },
        ],
  };
}

export const lambdaConfig: StageConfigResponse = {
  ref: 'component:default/event-processor',
  stageType: 'lambda-function',
  source: 'simulated',
  problems: [],
  freshness: { fetchedAt: new Date(NOW).toISOString(), stale: false },
  config: {
    type: 'lambda-function',
    runtime: 'python3.12',
    memoryMb: 1024,
    timeoutSeconds: 60,
    reservedConcurrency: 25,
    eventSourceMappings: [
      {
        uuid: 'one',
        eventSourceArn:
          'arn:aws:kinesis:eu-west-1:111122223333:stream/raw-events-prod',
        state: 'Enabled',
        batchSize: 500,
        parallelizationFactor: 4,
        onFailureDestination:
          'arn:aws:sqs:eu-west-1:111122223333:events-dlq-prod',
      },
    ],
  },
};

/** Drift on the fixture pipeline: one edge only in AWS, one only in YAML, one stage unknown. */
export const edgeDrift: PipelineEdgeDrift = {
  pipeline: {
    ref: 'component:default/event-data-pipeline',
    title: 'Event data pipeline',
  },
  source: 'simulated',
  onlyInAws: [
    {
      side: 'only-in-aws',
      source: inPipeline('resource:default/staging-stream', 'Staging stream'),
      target: inPipeline(
        'component:default/event-processor',
        'Event processor',
      ),
      evidence: {
        kind: 'event-source-mapping',
        id: 'esm-1234',
        state: 'Disabled',
        arn: 'arn:aws:kinesis:eu-west-1:444455556666:stream/raw-events-staging',
        detail:
          'Event source mapping esm-1234 (Disabled) feeds event-processor-prod from arn:aws:kinesis:eu-west-1:444455556666:stream/raw-events-staging',
      },
      fix: 'Declare it: add resource:default/staging-stream to stagecraft.io/reads-from of component:default/event-processor, or delete event source mapping esm-1234 if event-processor-prod should not read from it.',
    },
    {
      side: 'only-in-aws',
      source: inPipeline(
        'resource:default/raw-events-stream',
        'Raw events stream',
      ),
      target: { label: 'consumer raw-events-prod-replay', inPipeline: false },
      evidence: {
        kind: 'stream-consumer',
        id: 'raw-events-prod-replay',
        state: 'ACTIVE',
        detail:
          'Consumer raw-events-prod-replay (ACTIVE) is registered on raw-events-prod for enhanced fan-out',
      },
      fix: 'Add the application that reads as consumer raw-events-prod-replay to the catalog, or deregister the consumer from raw-events-prod if nothing uses it.',
    },
  ],
  onlyInYaml: [
    {
      side: 'only-in-yaml',
      source: inPipeline(
        'resource:default/raw-events-stream',
        'Raw events stream',
      ),
      target: inPipeline(
        'component:default/event-processor',
        'Event processor',
      ),
      evidence: {
        kind: 'declaration',
        detail:
          'component:default/event-processor declares it in stagecraft.io/reads-from, but lambda:ListEventSourceMappings lists no mapping from arn:aws:kinesis:eu-west-1:111122223333:stream/raw-events-prod to event-processor-prod',
      },
      fix: 'Create an event source mapping from arn:aws:kinesis:eu-west-1:111122223333:stream/raw-events-prod to event-processor-prod, or remove resource:default/raw-events-stream from stagecraft.io/reads-from of component:default/event-processor if it no longer reads from it.',
    },
  ],
  checkedStages: [
    'component:default/event-processor',
    'resource:default/raw-events-stream',
  ],
  unknownStages: [
    {
      ref: 'resource:default/staging-stream',
      title: 'Staging stream',
      operation: 'kinesis:ListStreamConsumers',
      reason:
        'AccessDenied for account 444455556666 in eu-west-1 (kinesis:ListStreamConsumers): nope',
    },
  ],
  generatedAt: new Date(NOW).toISOString(),
};

/** The capacity of the event data pipeline: one failing Lambda, a passing stream, an unknown table. */
export const capacityReport: CapacityReport = {
  entityRef: 'component:default/event-data-pipeline',
  peak: {
    ratePerSecond: 4000,
    unit: 'records',
    payloadBytes: 1024,
    declaredBy: 'component:default/event-data-pipeline',
  },
  source: 'simulated',
  headroom: 1.2,
  verdict: 'fail',
  checks: [
    {
      kind: 'kinesis-shards',
      resourceRef: 'resource:default/raw-events-stream',
      resource: 'Kinesis stream raw-events-prod',
      verdict: 'pass',
      arithmetic: 'on-demand: Kinesis adds shards as 4,000 records/s arrive',
      numbers: {},
    },
    {
      kind: 'dynamodb-capacity',
      resourceRef: 'resource:default/events-dedup-table',
      resource: 'DynamoDB table events-dedup-prod (writes)',
      verdict: 'unknown',
      arithmetic:
        'its capacity could not be read: AccessDenied for account 111122223333 in eu-west-1 (dynamodb:DescribeTable)',
      numbers: {},
    },
    {
      kind: 'lambda-concurrency',
      resourceRef: 'component:default/event-processor',
      resource: 'Lambda event-processor-prod',
      verdict: 'fail',
      arithmetic:
        'needs 1,440 concurrent executions at 4,000 records/s × 300 ms p99 × 1.2 headroom; reserved 500',
      numbers: { needed: 1440, reserved: 500 },
      fix: 'Reserve at least 1,440 concurrent executions for event-processor-prod (PutFunctionConcurrency), or bring its duration down.',
    },
  ],
  problems: [],
  generatedAt: new Date(NOW).toISOString(),
};

/** The fake API whose `method` fails with `message`, as a backend that cannot answer. */
export function failingApi(method: keyof PipelinesApi, message: string) {
  return fakeApi({
    [method]: async () => {
      throw new Error(message);
    },
  });
}

/** A fake API over the fixtures that records what it was asked. */
export function fakeApi(overrides: Partial<PipelinesApi> = {}) {
  const calls: string[] = [];
  const api: PipelinesApi = {
    async getPipelineView(ref, range) {
      calls.push(`view ${ref.name} ${range}`);
      return { ...view, range };
    },
    async getStageMetrics(ref, range) {
      calls.push(`metrics ${ref.name} ${range}`);
      const stage = stages.find(s => s.name === ref.name) ?? stages[1];
      return { ...stageMetrics(stage), range };
    },
    async getStageConfig(ref) {
      calls.push(`config ${ref.name}`);
      return lambdaConfig;
    },
    async getEdgeDrift(ref) {
      calls.push(`drift ${ref.name}`);
      return edgeDrift;
    },
    async getCapacity(ref) {
      calls.push(`capacity ${ref.name}`);
      return capacityReport;
    },
    ...overrides,
  };
  return { api, calls };
}
