import {
  DescribeParametersCommand,
  ParameterMetadata,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { awsError, awsReaderHarness } from '../__testUtils__/aws';
import * as awsFailures from '../__testUtils__/awsFailures';
import { expectMetadataOnly, listingFailure } from '../__testUtils__/stores';
import { ParameterStoreReader } from './ParameterStoreReader';

const ssm = mockClient(SSMClient);
const harness = awsReaderHarness(
  ssm,
  SSMClient,
  ParameterStoreReader,
  'aws-ssm-parameter-store',
  { 'stagecraft.io/store-aws-region': 'eu-west-1' },
);
const { store } = harness;
const reader = (callTimeoutMs?: number) =>
  harness.reader({ callTimeoutMs }).reader;

/** A SecureString with an expiration policy, and fields the reader leaves out. */
const recaptchaKey: ParameterMetadata = {
  Name: '/prod/reviews/recaptcha-server-key',
  ARN: 'arn:aws:ssm:eu-west-1:111122223333:parameter/prod/reviews/recaptcha-server-key',
  Type: 'SecureString',
  KeyId: 'alias/aws/ssm',
  LastModifiedDate: new Date('2024-06-01T00:00:00Z'),
  Description: 'recaptcha key',
  Policies: [
    {
      PolicyType: 'Expiration',
      PolicyStatus: 'Pending',
      PolicyText:
        '{"Type":"Expiration","Version":"1.0","Attributes":{"Timestamp":"2025-12-01T00:00:00.000Z"}}',
    },
  ],
};

describe('ParameterStoreReader', () => {
  it('asks for SecureString parameters only, across pages, and reads their expiration', async () => {
    ssm.on(DescribeParametersCommand, { NextToken: undefined }).resolves({
      Parameters: [recaptchaKey],
      NextToken: 'next',
    });
    ssm.on(DescribeParametersCommand, { NextToken: 'next' }).resolves({
      Parameters: [{ Name: '/prod/sre/alert-router/slack-webhook' }],
    });

    const items = await reader().listItems(store);

    const calls = ssm.commandCalls(DescribeParametersCommand);
    expect(calls).toHaveLength(2);
    for (const call of calls) {
      expect(call.args[0].input.ParameterFilters).toEqual([
        { Key: 'Type', Option: 'Equals', Values: ['SecureString'] },
      ]);
    }
    expect(items).toEqual([
      {
        name: '/prod/reviews/recaptcha-server-key',
        id: 'arn:aws:ssm:eu-west-1:111122223333:parameter/prod/reviews/recaptcha-server-key',
        kind: 'parameter',
        lastChanged: '2024-06-01T00:00:00.000Z',
        expiresAt: '2025-12-01T00:00:00.000Z',
        kmsKeyId: 'alias/aws/ssm',
      },
      { name: '/prod/sre/alert-router/slack-webhook', kind: 'parameter' },
    ]);
    expectMetadataOnly(items);
  });

  it('surfaces throttling, access denied and a hanging call as typed errors', async () => {
    const kindOf = async (r: ParameterStoreReader) =>
      (await listingFailure(r, store)).kind;

    ssm.on(DescribeParametersCommand).rejects(awsFailures.throttled());
    expect(await kindOf(reader())).toBe('throttled');

    ssm
      .on(DescribeParametersCommand)
      .rejects(awsError('AccessDeniedException', 'no', 400));
    expect(await kindOf(reader())).toBe('access-denied');

    ssm.on(DescribeParametersCommand).callsFake(awsFailures.hangs);
    expect(await kindOf(reader(30))).toBe('timeout');
  });
});
