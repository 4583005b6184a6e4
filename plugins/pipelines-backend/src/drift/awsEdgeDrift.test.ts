import { ListStreamConsumersCommand } from '@aws-sdk/client-kinesis';
import { ListEventSourceMappingsCommand } from '@aws-sdk/client-lambda';
import { TestCatalog } from '@internal/stagecraft-test-utils';
import { PipelineEdgeDrift } from '@stagecraft/plugin-pipelines-common';
import { mockEdgeClients } from '../__testUtils__/mockEdgeClients';
import { awsError } from '../__testUtils__/awsClients';
import { getEntityRoute } from '../__testUtils__/getEntityRoute';
import {
  expectNoSecretAccessKey,
  pipelineCatalog,
  startOrdersPipelineOnAws,
  TEST_AWS,
} from '../__testUtils__/startPipelinesOnAws';

const DLQ_ARN = TEST_AWS.arn('sqs', 'orders-dlq-prod');

const fn = (name: string) => TEST_AWS.arn('lambda', `function:${name}-prod`);

/** stream -> enricher (Lambda) and queue -> shipper (Lambda) and queue -> auditor (Lambda). */
const CATALOG = pipelineCatalog('orders-pipeline', [
  {
    ref: 'resource:default/orders-stream',
    type: 'kinesis-stream',
    arn: TEST_AWS.ordersStreamArn,
  },
  {
    ref: 'component:default/orders-enricher',
    type: 'lambda-function',
    arn: fn('orders-enricher'),
    readsFrom: 'resource:default/orders-stream',
    writesTo: 'resource:default/orders-queue',
  },
  {
    ref: 'resource:default/orders-queue',
    type: 'sqs-queue',
    arn: TEST_AWS.ordersQueueArn,
  },
  { ref: 'resource:default/orders-dlq', type: 'sqs-queue', arn: DLQ_ARN },
  {
    ref: 'component:default/orders-shipper',
    type: 'lambda-function',
    arn: fn('orders-shipper'),
    readsFrom: 'resource:default/orders-queue',
  },
  {
    ref: 'component:default/orders-auditor',
    type: 'lambda-function',
    arn: fn('orders-auditor'),
    readsFrom: 'resource:default/orders-stream',
  },
]);

const { lambda, kinesis } = mockEdgeClients();
describe('edge drift against AWS (SDK mocked)', () => {
  let backend: TestCatalog;

  beforeAll(async () => {
    backend = await startOrdersPipelineOnAws(CATALOG);
  }, 90_000);

  afterAll(async () => {
    await backend?.stop();
  });

  it('follows every page, compares both sides, and makes each failing stage unknown on its own', async () => {
    // enricher: two pages; the stream mapping through an EFO consumer, and an undeclared DLQ mapping.
    lambda
      .on(ListEventSourceMappingsCommand, {
        FunctionName: fn('orders-enricher'),
        Marker: undefined,
      })
      .resolves({
        EventSourceMappings: [
          {
            UUID: 'map-1',
            EventSourceArn: `${TEST_AWS.ordersStreamArn}/consumer/orders-enricher-efo:1700000000`,
            State: 'Enabled',
          },
        ],
        NextMarker: 'page-2',
      })
      .on(ListEventSourceMappingsCommand, {
        FunctionName: fn('orders-enricher'),
        Marker: 'page-2',
      })
      .resolves({
        EventSourceMappings: [
          { UUID: 'map-2', EventSourceArn: DLQ_ARN, State: 'Disabled' },
        ],
      })
      // shipper: access denied. Its declared queue edge must not become "only in YAML".
      .on(ListEventSourceMappingsCommand, {
        FunctionName: fn('orders-shipper'),
      })
      .rejects(
        awsError(
          'AccessDeniedException',
          'not authorized to perform: lambda:ListEventSourceMappings',
          403,
        ),
      )
      // auditor: throttled twice, then no mappings at all: its stream edge is only in YAML.
      .on(ListEventSourceMappingsCommand, {
        FunctionName: fn('orders-auditor'),
      })
      .rejectsOnce(awsError('TooManyRequestsException', 'Rate exceeded', 429))
      .rejectsOnce(awsError('TooManyRequestsException', 'Rate exceeded', 429))
      .resolves({ EventSourceMappings: [] });
    // stream: two pages of consumers; the enricher's, and one no catalog entity is named after.
    kinesis
      .on(ListStreamConsumersCommand, {
        StreamARN: TEST_AWS.ordersStreamArn,
        NextToken: undefined,
      })
      .resolves({
        Consumers: [
          {
            ConsumerName: 'orders-enricher-efo',
            ConsumerARN: `${TEST_AWS.ordersStreamArn}/consumer/orders-enricher-efo:1700000000`,
            ConsumerStatus: 'ACTIVE',
            ConsumerCreationTimestamp: new Date(0),
          },
        ],
        NextToken: 'consumers-2',
      })
      .on(ListStreamConsumersCommand, {
        StreamARN: TEST_AWS.ordersStreamArn,
        NextToken: 'consumers-2',
      })
      .resolves({
        Consumers: [
          {
            ConsumerName: 'fraud-scorer',
            ConsumerARN: `${TEST_AWS.ordersStreamArn}/consumer/fraud-scorer:1700000002`,
            ConsumerStatus: 'ACTIVE',
            ConsumerCreationTimestamp: new Date(0),
          },
        ],
      });

    const body = await getEntityRoute<PipelineEdgeDrift>(
      backend.server,
      'component/default/orders-pipeline/drift',
    );

    expect(body.source).toBe('cloudwatch');
    expect(
      lambda
        .commandCalls(ListEventSourceMappingsCommand)
        .map(c => c.args[0].input)
        .filter(i => i.FunctionName === fn('orders-enricher')),
    ).toEqual([
      { FunctionName: fn('orders-enricher') },
      { FunctionName: fn('orders-enricher'), Marker: 'page-2' },
    ]);
    expect(kinesis.commandCalls(ListStreamConsumersCommand)).toHaveLength(2);
    // Throttled twice, answered the third time.
    expect(
      lambda
        .commandCalls(ListEventSourceMappingsCommand)
        .filter(c => c.args[0].input.FunctionName === fn('orders-auditor')),
    ).toHaveLength(3);

    expect(body.unknownStages).toEqual([
      {
        ref: 'component:default/orders-shipper',
        title: 'orders-shipper',
        operation: 'lambda:ListEventSourceMappings',
        reason: `AccessDenied for account ${TEST_AWS.account} in eu-west-1 (lambda:ListEventSourceMappings): not authorized to perform: lambda:ListEventSourceMappings`,
      },
    ]);
    expect([...body.checkedStages].sort()).toEqual([
      'component:default/orders-auditor',
      'component:default/orders-enricher',
      'resource:default/orders-stream',
    ]);

    const summary = (edges: PipelineEdgeDrift['onlyInAws']) =>
      edges.map(
        e =>
          `${e.source.ref ?? e.source.label} -> ${
            e.target.ref ?? e.target.label
          } (${e.evidence.kind} ${e.evidence.id ?? ''})`,
      );
    expect(summary(body.onlyInYaml)).toEqual([
      'resource:default/orders-stream -> component:default/orders-auditor (declaration )',
    ]);
    // fraud-scorer might be read through by the shipper, whose mappings are unknown: not judged.
    expect(summary(body.onlyInAws)).toEqual([
      'resource:default/orders-dlq -> component:default/orders-enricher (event-source-mapping map-2)',
    ]);
    expect(body.onlyInAws[0].evidence).toEqual({
      kind: 'event-source-mapping',
      id: 'map-2',
      state: 'Disabled',
      arn: DLQ_ARN,
      detail: `Event source mapping map-2 (Disabled) feeds orders-enricher-prod from ${DLQ_ARN}`,
    });
    expectNoSecretAccessKey(body);
  });
});
