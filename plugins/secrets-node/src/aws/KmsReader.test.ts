import {
  DescribeKeyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  KeyMetadata,
  ListAliasesCommand,
  ListKeysCommand,
} from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import {
  awsError,
  awsReaderHarness,
  countingInFlight,
} from '../__testUtils__/aws';
import * as awsFailures from '../__testUtils__/awsFailures';
import { itStopsOnHangingCalls } from '../__testUtils__/awsHangingCalls';
import { expectMetadataOnly } from '../__testUtils__/stores';
import { KmsReader } from './KmsReader';

const kms = mockClient(KMSClient);
const harness = awsReaderHarness(kms, KMSClient, KmsReader, 'aws-kms');
const { store, reader, failure } = harness;
const arn = (keyId: string) =>
  `arn:aws:kms:eu-west-1:111122223333:key/${keyId}`;

/** A customer-managed symmetric key from KMS, enabled: the kind with a rotation status. */
function customerKey(KeyId: string, more: Partial<KeyMetadata> = {}) {
  return {
    KeyId,
    Arn: arn(KeyId),
    KeyManager: 'CUSTOMER' as const,
    KeySpec: 'SYMMETRIC_DEFAULT' as const,
    Origin: 'AWS_KMS' as const,
    KeyState: 'Enabled' as const,
    ...more,
  };
}

/** One page of the given customer keys, without aliases, rotation on. */
function keys(ids: string[]) {
  kms.on(ListKeysCommand).resolves({ Keys: ids.map(KeyId => ({ KeyId })) });
  kms.on(ListAliasesCommand).resolves({ Aliases: [] });
  kms.on(DescribeKeyCommand).callsFake(async input => ({
    KeyMetadata: customerKey(input.KeyId),
  }));
  kms
    .on(GetKeyRotationStatusCommand)
    .resolves({ KeyRotationEnabled: true, RotationPeriodInDays: 365 });
}

describe('KmsReader', () => {
  it('follows the pages of keys and aliases, names keys by alias and reads rotation for customer keys', async () => {
    kms.on(ListKeysCommand, { Marker: undefined }).resolves({
      Keys: [{ KeyId: 'k-orders' }, { KeyId: 'k-s3' }],
      NextMarker: 'keys-2',
      Truncated: true,
    });
    kms.on(ListKeysCommand, { Marker: 'keys-2' }).resolves({
      Keys: [{ KeyId: 'k-old' }, { KeyId: 'k-signing' }, { KeyId: 'k-bare' }],
      Truncated: false,
    });
    kms.on(ListAliasesCommand, { Marker: undefined }).resolves({
      Aliases: [
        { AliasName: 'alias/prod/orders', TargetKeyId: 'k-orders' },
        { AliasName: 'alias/aws/s3', TargetKeyId: 'k-s3' },
        // An AWS-managed alias whose key does not exist yet.
        { AliasName: 'alias/aws/ebs' },
      ],
      NextMarker: 'aliases-2',
      Truncated: true,
    });
    kms.on(ListAliasesCommand, { Marker: 'aliases-2' }).resolves({
      Aliases: [
        { AliasName: 'alias/orders-legacy', TargetKeyId: 'k-orders' },
        { AliasName: 'alias/prod/old-reports', TargetKeyId: 'k-old' },
        { AliasName: 'alias/prod/jwt-signing', TargetKeyId: 'k-signing' },
      ],
    });
    const described: Record<string, KeyMetadata> = {
      'k-orders': customerKey('k-orders', {
        CreationDate: new Date('2023-01-01T00:00:00Z'),
        Description: 'orders data key',
        Enabled: true,
        KeyUsage: 'ENCRYPT_DECRYPT',
      }),
      'k-s3': {
        KeyId: 'k-s3',
        Arn: arn('k-s3'),
        KeyManager: 'AWS',
        KeySpec: 'SYMMETRIC_DEFAULT',
        Origin: 'AWS_KMS',
        KeyState: 'Enabled',
      },
      'k-old': customerKey('k-old', {
        KeyState: 'PendingDeletion',
        DeletionDate: new Date('2025-08-01T00:00:00Z'),
        PendingDeletionWindowInDays: 30,
      }),
      'k-signing': customerKey('k-signing', {
        KeySpec: 'RSA_2048',
        KeyUsage: 'SIGN_VERIFY',
      }),
      'k-bare': customerKey('k-bare', {
        Origin: 'EXTERNAL',
        ValidTo: new Date('2026-01-01T00:00:00Z'),
      }),
    };
    kms
      .on(DescribeKeyCommand)
      .callsFake(async input => ({ KeyMetadata: described[input.KeyId] }));
    kms
      .on(GetKeyRotationStatusCommand, { KeyId: 'k-orders' })
      .resolves({ KeyRotationEnabled: true, RotationPeriodInDays: 180 });
    const { reader: r, asked } = reader();

    const items = await r.listItems(store);

    expect(asked).toEqual(['111122223333|eu-west-1']);
    expect(kms.commandCalls(ListKeysCommand)).toHaveLength(2);
    expect(kms.commandCalls(ListAliasesCommand)).toHaveLength(2);
    expect(
      kms.commandCalls(GetKeyRotationStatusCommand).map(c => c.args[0].input),
    ).toEqual([{ KeyId: 'k-orders' }]);
    expect(items).toEqual([
      {
        name: 'alias/orders-legacy',
        id: arn('k-orders'),
        kind: 'key',
        createdAt: '2023-01-01T00:00:00.000Z',
        rotationEnabled: true,
        rotationPeriodDays: 180,
        owningService: 'CUSTOMER',
        state: 'Enabled',
      },
      {
        name: 'alias/aws/s3',
        id: arn('k-s3'),
        kind: 'key',
        owningService: 'AWS',
        state: 'Enabled',
      },
      {
        name: 'alias/prod/old-reports',
        id: arn('k-old'),
        kind: 'key',
        deletedAt: '2025-08-01T00:00:00.000Z',
        owningService: 'CUSTOMER',
        state: 'PendingDeletion',
      },
      {
        name: 'alias/prod/jwt-signing',
        id: arn('k-signing'),
        kind: 'key',
        owningService: 'CUSTOMER',
        state: 'Enabled',
      },
      {
        name: 'k-bare',
        id: arn('k-bare'),
        kind: 'key',
        expiresAt: '2026-01-01T00:00:00.000Z',
        owningService: 'CUSTOMER',
        state: 'Enabled',
      },
    ]);
    expectMetadataOnly(items);
  });

  it('says rotation is off, without a period, when the key does not rotate', async () => {
    keys(['k-manual']);
    kms
      .on(GetKeyRotationStatusCommand)
      .resolves({ KeyRotationEnabled: false, RotationPeriodInDays: 365 });

    const [item] = await reader().reader.listItems(store);

    expect(item.rotationEnabled).toBe(false);
    expect(item).not.toHaveProperty('rotationPeriodDays');
  });

  it('describes at most the given number of keys at once', async () => {
    keys(Array.from({ length: 9 }, (_, i) => `k-${i}`));
    const describe = countingInFlight((input: { KeyId: string }) => ({
      KeyMetadata: customerKey(input.KeyId),
    }));
    kms.on(DescribeKeyCommand).callsFake(describe.fake);

    const items = await reader({ describeConcurrency: 2 }).reader.listItems(
      store,
    );

    expect(items).toHaveLength(9);
    expect(describe.peak()).toBe(2);
  });

  it('leaves out a key deleted mid-listing and a rotation status KMS will not give', async () => {
    keys(['k-kept', 'k-gone', 'k-hsm']);
    kms
      .on(DescribeKeyCommand, { KeyId: 'k-gone' })
      .rejects(awsError('NotFoundException', 'not found'));
    kms
      .on(GetKeyRotationStatusCommand, { KeyId: 'k-hsm' })
      .rejects(awsError('UnsupportedOperationException', 'custom key store'));

    const items = await reader().reader.listItems(store);

    expect(items.map(i => [i.name, i.rotationEnabled])).toEqual([
      ['k-kept', true],
      ['k-hsm', undefined],
    ]);
  });

  it('surfaces throttling and access denied as typed errors naming the call', async () => {
    keys(['k-1']);
    kms.on(GetKeyRotationStatusCommand).rejects(awsFailures.throttled());
    const error = await failure();
    expect(error.kind).toBe('throttled');
    expect(error.operation).toBe('kms:GetKeyRotationStatus');

    kms
      .on(ListAliasesCommand)
      .rejects(awsFailures.deniedNamingKeyId('kms:ListAliases'));
    awsFailures.expectDeniedWithoutKeyId(await failure(), 'kms:ListAliases');
  });

  itStopsOnHangingCalls(harness, {
    call: 'call',
    hang: () => {
      keys(['k-1']);
      kms.on(DescribeKeyCommand).callsFake(awsFailures.hangs);
    },
    operation: 'kms:DescribeKey',
    hangListing: () => kms.on(ListKeysCommand).callsFake(awsFailures.hangs),
  });
});
