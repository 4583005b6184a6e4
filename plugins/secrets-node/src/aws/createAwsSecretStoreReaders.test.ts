import {
  ListSecretsCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { mockServices } from '@backstage/backend-test-utils';
import { mockClient } from 'aws-sdk-client-mock';
import { storeEntity } from '../__testUtils__/stores';
import { createAwsSecretStoreReaders } from './createAwsSecretStoreReaders';

const sm = mockClient(SecretsManagerClient);

describe('createAwsSecretStoreReaders', () => {
  it('builds credentialed readers for Secrets Manager, Parameter Store, ACM and KMS', async () => {
    const config = mockServices.rootConfig({
      data: {
        aws: {
          mainAccount: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
        },
      },
    });
    const readers = createAwsSecretStoreReaders({
      config,
      defaultRegion: 'eu-west-1',
    });
    expect(readers.map(r => r.provider)).toEqual([
      'aws-secrets-manager',
      'aws-ssm-parameter-store',
      'aws-acm',
      'aws-kms',
    ]);

    sm.on(ListSecretsCommand).resolves({ SecretList: [{ Name: 'prod/a/b' }] });
    const items = await readers[0].listItems(storeEntity('sm', {}));
    expect(items.map(i => i.name)).toEqual(['prod/a/b']);
  });
});
