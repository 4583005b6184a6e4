import { abortSignalOfFirstSend } from '@internal/stagecraft-test-utils';
import {
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { memorySharedCache } from '../__testUtils__/memorySharedCache';
import { TestAwsClientFactory } from '../__testUtils__/awsClients';
import { stageRequest } from '../__testUtils__/requests';
import { AwsLiveConfigSource } from './AwsLiveConfigSource';

const sqs = mockClient(SQSClient);

function liveConfig() {
  return new AwsLiveConfigSource(
    new TestAwsClientFactory(),
    memorySharedCache(),
    {
      requestTimeoutMs: 50,
      failureHoldMs: 0,
    },
  );
}

const { target } = stageRequest('sqs-queue', 'orders');
const request = {
  target,
  hints: { seed: 'x', readsFromArns: [], deadLetterArns: [] },
};

beforeEach(() => sqs.reset());

describe('AwsLiveConfigSource', () => {
  it('answers in bounded time when AWS hangs, aborts the request, and asks again next time', async () => {
    sqs.on(GetQueueUrlCommand).callsFake(() => new Promise(() => {}));
    const source = liveConfig();

    const hung = await source.getConfig(request);
    expect(hung.config).toBeUndefined();
    expect(hung.freshness.error).toBe(
      'Timed out calling AWS for account 111122223333 in eu-west-1 (sqs:GetQueueUrl)',
    );
    expect(abortSignalOfFirstSend(sqs.send)?.aborted).toBe(true);

    sqs.reset();
    sqs.on(GetQueueUrlCommand).resolves({ QueueUrl: 'https://sqs/orders' });
    sqs.on(GetQueueAttributesCommand).resolves({
      Attributes: { VisibilityTimeout: '30' },
    });
    const recovered = await source.getConfig(request);
    expect(recovered.config).toMatchObject({
      type: 'sqs-queue',
      visibilityTimeoutSeconds: 30,
    });
    expect(recovered.freshness.error).toBeUndefined();
  });
});
