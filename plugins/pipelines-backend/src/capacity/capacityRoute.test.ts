import { DescribeScalableTargetsCommand } from '@aws-sdk/client-application-auto-scaling';
import { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  DescribeAlarmsForMetricCommand,
  GetMetricDataCommand,
} from '@aws-sdk/client-cloudwatch';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamSummaryCommand,
  KinesisClient,
  ListStreamConsumersCommand,
} from '@aws-sdk/client-kinesis';
import {
  GetAccountSettingsCommand,
  GetFunctionConcurrencyCommand,
  GetFunctionConfigurationCommand,
  LambdaClient,
  ListEventSourceMappingsCommand,
} from '@aws-sdk/client-lambda';
import { asUser, TestCatalog } from '@internal/stagecraft-test-utils';
import {
  CapacityCheckResult,
  CapacityReport,
} from '@stagecraft/plugin-pipelines-common';
import { mockClient } from 'aws-sdk-client-mock';
import { awsError } from '../__testUtils__/awsClients';
import { getEntityRoute } from '../__testUtils__/getEntityRoute';
import {
  expectNoSecretAccessKey,
  pipelineCatalog,
  startOrdersPipelineOnAws,
  TEST_AWS,
} from '../__testUtils__/startPipelinesOnAws';

const fn = (name: string) => TEST_AWS.arn('lambda', `function:${name}`);

/**
 * orders-pipeline (peak 2,000 requests/s of 1,024 B): stream → enricher → table; queue →
 * shipper; three more tables whose reads are throttled once, denied, and hang.
 */
const CATALOG = pipelineCatalog(
  'orders-pipeline',
  [
    {
      ref: 'resource:default/orders-stream',
      type: 'kinesis-stream',
      arn: TEST_AWS.ordersStreamArn,
    },
    {
      ref: 'component:default/orders-enricher',
      type: 'lambda-function',
      arn: fn('enricher'),
      readsFrom: 'resource:default/orders-stream',
      writesTo: 'resource:default/orders-table',
    },
    {
      ref: 'resource:default/orders-table',
      type: 'dynamodb-table',
      arn: TEST_AWS.arn('dynamodb', 'table/orders'),
    },
    {
      ref: 'resource:default/orders-queue',
      type: 'sqs-queue',
      arn: TEST_AWS.ordersQueueArn,
    },
    {
      ref: 'component:default/orders-shipper',
      type: 'lambda-function',
      arn: fn('shipper'),
      readsFrom: 'resource:default/orders-queue',
    },
    {
      ref: 'resource:default/throttled-table',
      type: 'dynamodb-table',
      arn: TEST_AWS.arn('dynamodb', 'table/throttled'),
    },
    {
      ref: 'resource:default/denied-table',
      type: 'dynamodb-table',
      arn: TEST_AWS.arn('dynamodb', 'table/denied'),
    },
    {
      ref: 'resource:default/hung-table',
      type: 'dynamodb-table',
      arn: TEST_AWS.arn('dynamodb', 'table/hung'),
    },
  ],
  {
    'stagecraft.io/peak-requests-per-second': '2000',
    'stagecraft.io/peak-payload-bytes': '1024',
  },
);

const lambda = mockClient(LambdaClient);
const kinesis = mockClient(KinesisClient);
const cloudWatch = mockClient(CloudWatchClient);
const dynamoDb = mockClient(DynamoDBClient);
const autoScaling = mockClient(ApplicationAutoScalingClient);

function mockAws() {
  lambda.on(GetFunctionConfigurationCommand).callsFake(({ FunctionName }) => ({
    FunctionName,
    Timeout: FunctionName.endsWith(':shipper') ? 30 : 60,
  }));
  lambda
    .on(GetFunctionConcurrencyCommand)
    .callsFake(({ FunctionName }) =>
      FunctionName.endsWith(':enricher')
        ? { ReservedConcurrentExecutions: 500 }
        : {},
    );
  lambda.on(ListEventSourceMappingsCommand).callsFake(input => {
    if (input.EventSourceArn === TEST_AWS.ordersStreamArn) {
      return {
        EventSourceMappings: [
          {
            FunctionArn: fn('enricher'),
            EventSourceArn: TEST_AWS.ordersStreamArn,
          },
          {
            FunctionArn: fn('auditor'),
            EventSourceArn: TEST_AWS.ordersStreamArn,
          },
        ],
      };
    }
    if (String(input.FunctionName).endsWith(':shipper')) {
      return {
        EventSourceMappings: [
          {
            EventSourceArn: TEST_AWS.ordersQueueArn,
            BatchSize: 10,
            ScalingConfig: { MaximumConcurrency: 50 },
          },
        ],
      };
    }
    return { EventSourceMappings: [] };
  });
  lambda.on(GetAccountSettingsCommand).resolves({
    AccountLimit: {
      ConcurrentExecutions: 1000,
      UnreservedConcurrentExecutions: 900,
    },
  });
  kinesis.on(DescribeStreamSummaryCommand).resolves({
    StreamDescriptionSummary: {
      StreamName: 'orders-prod',
      StreamARN: TEST_AWS.ordersStreamArn,
      StreamStatus: 'ACTIVE',
      StreamModeDetails: { StreamMode: 'PROVISIONED' },
      OpenShardCount: 4,
      RetentionPeriodHours: 24,
      StreamCreationTimestamp: new Date(),
      EnhancedMonitoring: [],
      ConsumerCount: 0,
    },
  });
  kinesis.on(ListStreamConsumersCommand).resolves({ Consumers: [] });
  // p99 durations: every query answers 300 ms.
  cloudWatch.on(GetMetricDataCommand).callsFake(input => ({
    MetricDataResults: (input.MetricDataQueries ?? []).map(
      (query: { Id: string }) => ({
        Id: query.Id,
        Timestamps: [new Date(Date.now() - 120_000)],
        Values: [300],
        StatusCode: 'Complete',
      }),
    ),
  }));
  cloudWatch
    .on(DescribeAlarmsForMetricCommand)
    .callsFake(input =>
      input.MetricName === 'IteratorAge' &&
      input.Dimensions?.[0]?.Value === 'enricher'
        ? { MetricAlarms: [{ AlarmName: 'enricher-iterator-age' }] }
        : { MetricAlarms: [] },
    );
  cloudWatch.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [] });
  let throttledOnce = false;
  dynamoDb.on(DescribeTableCommand).callsFake(({ TableName }) => {
    if (TableName === 'throttled' && !throttledOnce) {
      throttledOnce = true;
      throw awsError('ThrottlingException', 'Rate exceeded');
    }
    if (TableName === 'denied') {
      throw awsError(
        'AccessDeniedException',
        `User is not authorized to perform dynamodb:DescribeTable on table/denied`,
        403,
      );
    }
    if (TableName === 'hung') return new Promise(() => {});
    return {
      Table: {
        TableName,
        BillingModeSummary: { BillingMode: 'PROVISIONED' },
        ProvisionedThroughput: {
          ReadCapacityUnits: 100,
          WriteCapacityUnits: 1000,
        },
      },
    };
  });
  autoScaling.on(DescribeScalableTargetsCommand).callsFake(input => ({
    ScalableTargets:
      input.ResourceIds?.[0] === 'table/orders'
        ? [
            {
              ScalableDimension: 'dynamodb:table:WriteCapacityUnits',
              MaxCapacity: 4000,
            },
          ]
        : [],
  }));
}

describe('capacity against AWS (SDK mocked)', () => {
  let backend: TestCatalog;
  let report: CapacityReport;
  let text: string;
  let elapsedMs: number;

  const check = (resource: string, kind: CapacityCheckResult['kind']) => {
    const found = report.checks.find(
      c => c.resource === resource && c.kind === kind,
    );
    expect(found).toBeDefined();
    return found!;
  };

  beforeAll(async () => {
    mockAws();
    backend = await startOrdersPipelineOnAws(CATALOG);
    const started = Date.now();
    report = await getEntityRoute<CapacityReport>(
      backend.server,
      'component/default/orders-pipeline/capacity',
    );
    elapsedMs = Date.now() - started;
    text = JSON.stringify(report);
  }, 120_000);

  afterAll(async () => {
    await backend?.stop();
  });

  it('fails a function reserving less than rate × p99 × headroom, with its arithmetic', () => {
    expect(report.source).toBe('cloudwatch');
    expect(report.peak).toMatchObject({
      ratePerSecond: 2000,
      payloadBytes: 1024,
    });
    expect(check('Lambda enricher', 'lambda-concurrency')).toMatchObject({
      verdict: 'fail',
      arithmetic:
        'needs 720 concurrent executions at 2,000 requests/s × 300 ms p99 × 1.2 headroom; reserved 500',
    });
  });

  it('passes the stream on shards and counts its consumers from AWS', () => {
    expect(check('Kinesis stream orders-prod', 'kinesis-shards')).toMatchObject(
      { verdict: 'pass', numbers: { needed: 3, openShards: 4 } },
    );
    expect(
      check('Kinesis stream orders-prod', 'kinesis-iterator-age-alarm'),
    ).toMatchObject({
      verdict: 'fail',
      arithmetic: '1 of 2 consumers have no iterator-age alarm: auditor',
    });
  });

  it('fails the SQS mapping on its maximum concurrency', () => {
    const sqs = check(
      'SQS orders-queue-prod → Lambda shipper',
      'sqs-lambda-scaling',
    );
    expect(sqs.verdict).toBe('fail');
    expect(sqs.arithmetic).toMatch(
      /÷ batch size 10 × 1\.2 headroom; maximum concurrency 50, account's unreserved pool 900$/,
    );
  });

  it('judges the table written to against its auto-scaling maximum', () => {
    expect(
      check('DynamoDB table orders (writes)', 'dynamodb-capacity'),
    ).toMatchObject({
      verdict: 'pass',
      arithmetic:
        'needs 2,400 WCU at 2,000 requests/s × 1 WCU each (1,024 B) × 1.2 headroom; auto-scaling maximum 4,000 WCU (provisioned now 1,000)',
    });
  });

  it('retries a throttled read and answers', () => {
    expect(
      check('DynamoDB table throttled (reads)', 'dynamodb-capacity').verdict,
    ).toBe('fail');
    expect(
      dynamoDb.commandCalls(DescribeTableCommand, { TableName: 'throttled' }),
    ).toHaveLength(2);
  });

  it('makes a denied or hung read unknown with its reason, never a pass or fail', () => {
    const denied = check('DynamoDB table denied (writes)', 'dynamodb-capacity');
    expect(denied.verdict).toBe('unknown');
    expect(denied.arithmetic).toContain('AccessDenied');
    const hung = check('DynamoDB table hung (writes)', 'dynamodb-capacity');
    expect(hung.verdict).toBe('unknown');
    expect(hung.arithmetic).toMatch(/Timed out|did not answer/);
    // The hung table is abandoned within the hard deadline, not waited for.
    expect(elapsedMs).toBeLessThan(10_000);
    expect(report.verdict).toBe('fail');
  });

  it('sums what the account functions need (the shipper per batch of 10) against its limit, and never shows the secret key', () => {
    expect(
      check(
        `Lambda concurrency limit of account ${TEST_AWS.account} (eu-west-1)`,
        'lambda-account-concurrency',
      ),
    ).toMatchObject({
      verdict: 'pass',
      arithmetic:
        'its functions need 792 concurrent executions at peak (enricher 720 + shipper 72); account limit 1,000',
    });
    expectNoSecretAccessKey(text);
  });

  it('answers 404 for an entity that is not there', async () => {
    const res = await asUser(backend.server).get(
      '/api/pipelines/entities/component/default/nope/capacity',
    );
    expect(res.status).toBe(404);
  });
});
