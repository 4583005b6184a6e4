import {
  CloudWatchClient,
  GetMetricDataCommand,
  GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import {
  DescribeStreamSummaryCommand,
  KinesisClient,
  ListStreamConsumersCommand,
} from '@aws-sdk/client-kinesis';
import {
  GetFunctionConcurrencyCommand,
  GetFunctionConfigurationCommand,
  LambdaClient,
  ListEventSourceMappingsCommand,
} from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { TestCatalog } from '@internal/stagecraft-test-utils';
import { StageConfigResponse } from '@stagecraft/plugin-pipelines-common';
import { awsError } from './__testUtils__/awsClients';
import {
  getEntityRoute,
  getPipelineView,
} from './__testUtils__/getEntityRoute';
import {
  expectNoSecretAccessKey,
  pipelineCatalog,
  startPipelinesOnAws,
} from './__testUtils__/startPipelinesOnAws';

const CATALOG = pipelineCatalog('mini-pipeline', [
  {
    ref: 'resource:default/mini-stream',
    type: 'kinesis-stream',
    arn: 'arn:aws:kinesis:eu-west-1:444455556666:stream/mini-stream-staging',
  },
  {
    ref: 'component:default/mini-fn',
    type: 'lambda-function',
    arn: 'arn:aws:lambda:eu-west-1:111122223333:function:mini-fn-prod',
    readsFrom: 'resource:default/mini-stream',
    writesTo: 'resource:default/mini-queue',
    annotations: { 'stagecraft.io/threshold-error-rate': '1%/2%' },
  },
  {
    ref: 'resource:default/mini-queue',
    type: 'sqs-queue',
    arn: 'arn:aws:sqs:eu-west-1:111122223333:mini-queue-prod',
  },
]);

const cw = mockClient(CloudWatchClient);
const lambda = mockClient(LambdaClient);
const kinesis = mockClient(KinesisClient);

/** Every Lambda minute: 100 invocations, 5 errors. Everything else: zeros. */
function metricData(input: GetMetricDataCommandInput) {
  const start = (input.StartTime as Date).getTime();
  const end = (input.EndTime as Date).getTime();
  return {
    MetricDataResults: (input.MetricDataQueries ?? []).map(q => {
      const name = q.MetricStat?.Metric?.MetricName;
      const perMinute: Record<string, number> = { Invocations: 100, Errors: 5 };
      const value = perMinute[name ?? ''] ?? 0;
      const timestamps: Date[] = [];
      for (let t = start; t < end; t += 60_000) timestamps.push(new Date(t));
      return {
        Id: q.Id,
        StatusCode: 'Complete' as const,
        Timestamps: timestamps,
        Values: timestamps.map(() => value),
      };
    }),
  };
}

describe('pipelines with CloudWatch configured', () => {
  let backend: TestCatalog;

  beforeAll(async () => {
    cw.on(GetMetricDataCommand).callsFake(async input => {
      const dimension =
        input.MetricDataQueries?.[0].MetricStat?.Metric?.Dimensions?.[0].Value;
      if (dimension === 'mini-stream-staging') {
        throw awsError(
          'AccessDenied',
          'User: arn:aws:iam::444455556666:user/backstage is not authorized to perform: cloudwatch:GetMetricData',
          403,
        );
      }
      return metricData(input);
    });
    backend = await startPipelinesOnAws({
      catalog: CATALOG,
      pipeline: 'mini-pipeline',
      accounts: ['111122223333', '444455556666'],
    });
  }, 90_000);

  afterAll(async () => {
    await backend?.stop();
  });

  it('shows one failing account plainly and keeps the other stages live', async () => {
    const view = await getPipelineView(backend.server, 'mini-pipeline', '1h');
    expect(view.source).toBe('cloudwatch');

    const stream = view.stages.find(s => s.name === 'mini-stream')!;
    expect(stream.health.state).toBe('unknown');
    expect(stream.freshness?.error).toBe(
      'AccessDenied for account 444455556666 in eu-west-1 (cloudwatch:GetMetricData): User: arn:aws:iam::444455556666:user/backstage is not authorized to perform: cloudwatch:GetMetricData',
    );

    // 5% errors against this Lambda's own 1%/2% thresholds: critical.
    const fn = view.stages.find(s => s.name === 'mini-fn')!;
    expect(fn.health.state).toBe('critical');
    expect(fn.health.reasons[0].message).toBe(
      'Error rate 5.00% (25 of 500 invocations) (critical at 2.00%)',
    );
    expect(fn.freshness).toMatchObject({ stale: false });
    expect(view.stages.find(s => s.name === 'mini-queue')!.health.state).toBe(
      'ok',
    );
    expect(view.health).toBe('critical');

    // Calls are grouped per account: none mixes the staging stream with production stages.
    const dimensionSets = cw
      .commandCalls(GetMetricDataCommand)
      .map(
        c =>
          new Set(
            c.args[0].input.MetricDataQueries!.map(
              q => q.MetricStat!.Metric!.Dimensions![0].Value,
            ),
          ),
      );
    expect(dimensionSets.length).toBeGreaterThan(0);
    const mixed = dimensionSets.filter(
      dims => dims.has('mini-stream-staging') && dims.size > 1,
    );
    expect(mixed).toEqual([]);
    expect(dimensionSets).toContainEqual(
      new Set(['mini-fn-prod', 'mini-queue-prod']),
    );
    // Credentials never leave the backend.
    expectNoSecretAccessKey(view);
    expect(JSON.stringify(view)).not.toContain('AKIA');
  });

  it('reads live Lambda configuration, following ListEventSourceMappings pages', async () => {
    lambda.on(GetFunctionConfigurationCommand).resolves({
      Runtime: 'python3.12',
      MemorySize: 1024,
      Timeout: 60,
    });
    lambda
      .on(GetFunctionConcurrencyCommand)
      .resolves({ ReservedConcurrentExecutions: 20 });
    lambda
      .on(ListEventSourceMappingsCommand, { Marker: undefined })
      .resolves({
        EventSourceMappings: [
          {
            UUID: 'one',
            EventSourceArn:
              'arn:aws:kinesis:eu-west-1:444455556666:stream/mini-stream-staging',
            State: 'Enabled',
            BatchSize: 500,
            ParallelizationFactor: 4,
            DestinationConfig: {
              OnFailure: {
                Destination:
                  'arn:aws:sqs:eu-west-1:111122223333:mini-queue-prod',
              },
            },
          },
        ],
        NextMarker: 'more',
      })
      .on(ListEventSourceMappingsCommand, { Marker: 'more' })
      .resolves({
        EventSourceMappings: [
          { UUID: 'two', State: 'Disabled', BatchSize: 10 },
        ],
      });

    const body = await getEntityRoute<StageConfigResponse>(
      backend.server,
      'component/default/mini-fn/config',
    );
    expect(
      lambda.commandCalls(GetFunctionConfigurationCommand)[0].args[0].input,
    ).toEqual({
      FunctionName:
        'arn:aws:lambda:eu-west-1:111122223333:function:mini-fn-prod',
    });
    expect(body.config).toEqual({
      type: 'lambda-function',
      runtime: 'python3.12',
      memoryMb: 1024,
      timeoutSeconds: 60,
      reservedConcurrency: 20,
      eventSourceMappings: [
        {
          uuid: 'one',
          eventSourceArn:
            'arn:aws:kinesis:eu-west-1:444455556666:stream/mini-stream-staging',
          state: 'Enabled',
          batchSize: 500,
          parallelizationFactor: 4,
          onFailureDestination:
            'arn:aws:sqs:eu-west-1:111122223333:mini-queue-prod',
        },
        { uuid: 'two', state: 'Disabled', batchSize: 10 },
      ],
    });
    expect(body.freshness?.stale).toBe(false);
  });

  it('reads stream shards, retention and consumers; says AccessDenied for what it may not read', async () => {
    kinesis
      .on(DescribeStreamSummaryCommand)
      .rejects(
        awsError(
          'AccessDeniedException',
          'not allowed to describe the stream',
          400,
        ),
      );
    kinesis.on(ListStreamConsumersCommand).resolves({ Consumers: [] });
    const body = await getEntityRoute<StageConfigResponse>(
      backend.server,
      'resource/default/mini-stream/config',
    );
    expect(body.config).toBeUndefined();
    expect(body.freshness?.error).toBe(
      'AccessDenied for account 444455556666 in eu-west-1 (kinesis:DescribeStreamSummary): not allowed to describe the stream',
    );
  });
});
