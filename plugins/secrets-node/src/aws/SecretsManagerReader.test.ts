import {
  ListSecretsCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { awsReaderHarness } from '../__testUtils__/aws';
import * as awsFailures from '../__testUtils__/awsFailures';
import { itStopsOnHangingCalls } from '../__testUtils__/awsHangingCalls';
import {
  expectMetadataOnly,
  listingFailure,
  storeEntity,
} from '../__testUtils__/stores';
import { SecretsManagerReader } from './SecretsManagerReader';

const sm = mockClient(SecretsManagerClient);
const harness = awsReaderHarness(
  sm,
  SecretsManagerClient,
  SecretsManagerReader,
  'aws-secrets-manager',
);
const { store, reader, failure } = harness;
// Shaped like a GitHub token; built here so that no token sits in the source.
const tokenLike = `ghp_${'A1b2C3d4E5f6'.repeat(3)}`;

describe('SecretsManagerReader', () => {
  it('follows ListSecrets pages and reads metadata from the annotated account and region', async () => {
    sm.on(ListSecretsCommand, { NextToken: undefined }).resolves({
      SecretList: [
        {
          Name: 'prod/reviews/aurora-master',
          ARN: 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/reviews/aurora-master-AbCdEf',
          LastRotatedDate: new Date('2025-01-02T03:04:05Z'),
          LastChangedDate: new Date('2025-01-02T03:04:05Z'),
          LastAccessedDate: new Date('2025-03-01T00:00:00Z'),
          RotationEnabled: true,
          RotationRules: { AutomaticallyAfterDays: 30 },
          OwningService: 'rds',
          Tags: [{ Key: 'team', Value: 'reviews' }],
        },
      ],
      NextToken: 'page-2',
    });
    sm.on(ListSecretsCommand, { NextToken: 'page-2' }).resolves({
      SecretList: [
        {
          Name: 'prod/reviews/old-token',
          DeletedDate: new Date('2025-04-01T00:00:00Z'),
        },
      ],
    });
    const { reader: r, asked } = reader();

    const items = await r.listItems(store);

    expect(asked).toEqual(['111122223333|eu-west-1']);
    expect(sm.commandCalls(ListSecretsCommand)).toHaveLength(2);
    expect(sm.commandCalls(ListSecretsCommand)[0].args[0].input).toMatchObject({
      IncludePlannedDeletion: true,
    });
    expect(items).toEqual([
      {
        name: 'prod/reviews/aurora-master',
        id: 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/reviews/aurora-master-AbCdEf',
        kind: 'secret',
        lastRotated: '2025-01-02T03:04:05.000Z',
        lastChanged: '2025-01-02T03:04:05.000Z',
        lastAccessed: '2025-03-01T00:00:00.000Z',
        rotationEnabled: true,
        rotationPeriodDays: 30,
        owningService: 'rds',
        tags: { team: 'reviews' },
      },
      {
        name: 'prod/reviews/old-token',
        kind: 'secret',
        rotationEnabled: false,
        deletedAt: '2025-04-01T00:00:00.000Z',
      },
    ]);
  });

  it('keeps nothing but metadata: no description, no tag that looks like a token', async () => {
    sm.on(ListSecretsCommand).resolves({
      SecretList: [
        {
          Name: 'prod/x/api-key',
          Description: `temporary: ${tokenLike}`,
          SecretVersionsToStages: { v1: ['AWSCURRENT'] },
          Tags: [
            { Key: 'note', Value: tokenLike },
            { Key: 'team', Value: 'x' },
          ],
        },
      ],
    });
    const items = await reader().reader.listItems(store);

    expect(JSON.stringify(items)).not.toContain(tokenLike);
    expectMetadataOnly(items);
    expect(items[0].tags).toEqual({ team: 'x' });
  });

  it('surfaces throttling as a typed error', async () => {
    sm.on(ListSecretsCommand).rejects(awsFailures.throttled());
    const error = await failure();
    expect(error.kind).toBe('throttled');
    expect(error.operation).toBe('secretsmanager:ListSecrets');
    expect(error.storeRef).toBe('resource:default/aws-secrets-manager-prod');
  });

  it('surfaces access denied as a typed error, without key ids', async () => {
    sm.on(ListSecretsCommand).rejects(
      awsFailures.deniedNamingKeyId('secretsmanager:ListSecrets'),
    );
    awsFailures.expectDeniedWithoutKeyId(await failure());
  });

  itStopsOnHangingCalls(harness, {
    call: 'call',
    hang: () => sm.on(ListSecretsCommand).callsFake(awsFailures.hangs),
    operation: 'secretsmanager:ListSecrets',
    hangListing: () => sm.on(ListSecretsCommand).callsFake(awsFailures.hangs),
  });

  it('says a store without a region is not configured', async () => {
    const bare = storeEntity('aws-secrets-manager-staging', {});
    const error = await listingFailure(reader().reader, bare);
    expect(error.kind).toBe('not-configured');
    expect(error.message).toBe(
      'Not configured: resource:default/aws-secrets-manager-staging names no AWS region (stagecraft.io/store-aws-region)',
    );
    expect(sm.calls()).toHaveLength(0);
  });
});
