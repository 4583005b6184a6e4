import { ListStreamConsumersCommand } from '@aws-sdk/client-kinesis';
import { ListEventSourceMappingsCommand } from '@aws-sdk/client-lambda';
import { abortSignalOfFirstSend } from '@internal/stagecraft-test-utils';
import { mockEdgeClients } from '../__testUtils__/mockEdgeClients';
import { memorySharedCache } from '../__testUtils__/memorySharedCache';
import {
  TestAwsClientFactory,
  awsError,
  noSleep,
} from '../__testUtils__/awsClients';
import { stageRequest } from '../__testUtils__/requests';
import { AwsEdgeObserver } from './AwsEdgeObserver';

const { lambda, kinesis } = mockEdgeClients();

function observer() {
  return new AwsEdgeObserver(new TestAwsClientFactory(), memorySharedCache(), {
    requestTimeoutMs: 50,
    failureHoldMs: 0,
    backoff: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1, ...noSleep },
  });
}

const hints = { seed: 'x', declaredSourceArns: [], deadLetterArns: [] };
const STREAM_ARN = 'arn:aws:kinesis:eu-west-1:111122223333:stream/orders';
const stream = {
  target: {
    ...stageRequest('kinesis-stream', 'orders').target,
    arn: STREAM_ARN,
  },
  hints,
};
const consumer = (name: string, status: 'ACTIVE' | 'CREATING') => ({
  ConsumerName: name,
  ConsumerARN: `${STREAM_ARN}/consumer/${name}:1`,
  ConsumerStatus: status,
  ConsumerCreationTimestamp: new Date(0),
});
const fn = {
  target: stageRequest('lambda-function', 'orders-fn').target,
  hints,
};

beforeEach(() => {
  lambda.reset();
  kinesis.reset();
});

describe('AwsEdgeObserver', () => {
  it('follows ListStreamConsumers pages with the stream ARN', async () => {
    kinesis
      .on(ListStreamConsumersCommand, { NextToken: undefined })
      .resolves({
        Consumers: [consumer('a', 'ACTIVE')],
        NextToken: 't2',
      })
      .on(ListStreamConsumersCommand, { NextToken: 't2' })
      .resolves({
        Consumers: [consumer('b', 'CREATING')],
      });
    expect(await observer().observe(stream)).toEqual({
      operation: 'kinesis:ListStreamConsumers',
      consumers: [
        { name: 'a', arn: `${STREAM_ARN}/consumer/a:1`, status: 'ACTIVE' },
        { name: 'b', arn: `${STREAM_ARN}/consumer/b:1`, status: 'CREATING' },
      ],
    });
    expect(
      kinesis
        .commandCalls(ListStreamConsumersCommand)
        .map(c => c.args[0].input),
    ).toEqual([
      { StreamARN: STREAM_ARN },
      { StreamARN: STREAM_ARN, NextToken: 't2' },
    ]);
  });

  it('is an error, never an empty list, when AWS keeps throttling', async () => {
    lambda
      .on(ListEventSourceMappingsCommand)
      .rejects(awsError('TooManyRequestsException', 'Rate exceeded', 429));
    expect(await observer().observe(fn)).toEqual({
      operation: 'lambda:ListEventSourceMappings',
      error:
        'AWS kept throttling account 111122223333 in eu-west-1 (lambda:ListEventSourceMappings): Rate exceeded',
    });
    expect(lambda.commandCalls(ListEventSourceMappingsCommand)).toHaveLength(3);
  });

  it('is an error when a later page is denied: no half list', async () => {
    lambda
      .on(ListEventSourceMappingsCommand, { Marker: undefined })
      .resolves({
        EventSourceMappings: [{ UUID: 'one', EventSourceArn: STREAM_ARN }],
        NextMarker: 'm2',
      })
      .on(ListEventSourceMappingsCommand, { Marker: 'm2' })
      .rejects(awsError('AccessDeniedException', 'denied', 403));
    const result = await observer().observe(fn);
    expect(result).toEqual({
      operation: 'lambda:ListEventSourceMappings',
      error:
        'AccessDenied for account 111122223333 in eu-west-1 (lambda:ListEventSourceMappings): denied',
    });
  });

  it('answers in bounded time when AWS hangs, aborting the request', async () => {
    kinesis
      .on(ListStreamConsumersCommand)
      .callsFake(() => new Promise(() => {}));
    const started = Date.now();
    const result = await observer().observe(stream);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(result).toEqual({
      operation: 'kinesis:ListStreamConsumers',
      error:
        'Timed out calling AWS for account 111122223333 in eu-west-1 (kinesis:ListStreamConsumers)',
    });
    expect(abortSignalOfFirstSend(kinesis.send)?.aborted).toBe(true);
  });
});
