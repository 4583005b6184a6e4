import {
  AliasListEntry,
  DescribeKeyCommand,
  GetKeyRotationStatusCommand,
  GetKeyRotationStatusCommandOutput,
  KMSClient,
  KeyListEntry,
  KeyMetadata,
  ListAliasesCommand,
  ListAliasesCommandOutput,
  ListKeysCommand,
  ListKeysCommandOutput,
} from '@aws-sdk/client-kms';
import { isNotFoundError } from '@stagecraft/backend-node';
import { compact, isoDate } from '../metadata';
import { SecretStoreItem } from '../types';
import { AwsCall } from './AwsStoreReader';
import {
  DescribingAwsStoreReader,
  DescribingAwsStoreReaderOptions,
} from './DescribingAwsStoreReader';
import { AwsListing, byMarker, listAll, unlessFailsWith } from './paging';

/**
 * Options of the KMS reader (`describeConcurrency`: how many keys are described at once;
 * default 4).
 *
 * @public
 */
export type KmsReaderOptions = DescribingAwsStoreReaderOptions<KMSClient>;

/** Every key of the account and region, 1000 a page. */
const LIST_KEYS: AwsListing<KMSClient, ListKeysCommandOutput, KeyListEntry> = {
  operation: 'kms:ListKeys',
  send: (client, Marker, abortSignal) =>
    client.send(new ListKeysCommand({ Marker, Limit: 1000 }), { abortSignal }),
  entries: page => page.Keys,
  nextToken: byMarker,
};

/** Every alias of the account and region, 100 a page. */
const LIST_ALIASES: AwsListing<
  KMSClient,
  ListAliasesCommandOutput,
  AliasListEntry
> = {
  operation: 'kms:ListAliases',
  send: (client, Marker, abortSignal) =>
    client.send(new ListAliasesCommand({ Marker, Limit: 100 }), {
      abortSignal,
    }),
  entries: page => page.Aliases,
  nextToken: byMarker,
};

/** The key's rotation status cannot be known (gone, or its state or origin does not allow rotation). */
const hasNoRotationStatus = (error: unknown) =>
  isNotFoundError(error) ||
  ['UnsupportedOperationException', 'KMSInvalidStateException'].includes(
    (error as { name?: string })?.name ?? '',
  );

/**
 * AWS KMS: `ListKeys` and `ListAliases` (paginated), then `DescribeKey` for each key, a
 * few at a time, and `GetKeyRotationStatus` for customer-managed symmetric keys. A key is
 * named by its alias (`alias/...`, as the catalog names keys; the first in alphabetical
 * order when it has several) or, without one, by its key id. AWS-managed keys are kept, with `owningService: 'AWS'`. Needs
 * `kms:ListKeys`, `kms:ListAliases`, `kms:DescribeKey` and `kms:GetKeyRotationStatus`
 * only; none of them uses a key.
 *
 * @public
 */
export class KmsReader extends DescribingAwsStoreReader<KMSClient> {
  readonly provider = 'aws-kms';

  protected async listRegion(aws: AwsCall<KMSClient>) {
    const keys = await listAll(aws, LIST_KEYS);
    const aliases = await aliasesByKey(aws);
    const keyIds = keys.flatMap(key => (key.KeyId ? [key.KeyId] : []));
    return this.describeEach(keyIds, async KeyId => {
      const described = await aws.call('kms:DescribeKey', (client, signal) =>
        // A key deleted between the listing and its description is gone, not a failure.
        unlessFailsWith(
          isNotFoundError,
          client.send(new DescribeKeyCommand({ KeyId }), {
            abortSignal: signal,
          }),
        ),
      );
      const key = described?.KeyMetadata;
      if (!key) return undefined;
      const rotation = hasRotationStatus(key)
        ? await aws.call('kms:GetKeyRotationStatus', (client, signal) =>
            unlessFailsWith(
              hasNoRotationStatus,
              client.send(new GetKeyRotationStatusCommand({ KeyId }), {
                abortSignal: signal,
              }),
            ),
          )
        : undefined;
      return toItem(key, aliases.get(KeyId), rotation);
    });
  }
}

/**
 * Whether KMS keeps a rotation status for the key: customer-managed symmetric
 * encryption keys with key material from KMS, enabled or disabled. Others (AWS-managed,
 * asymmetric, HMAC, imported, custom key store, pending deletion) have none.
 */
function hasRotationStatus(key: KeyMetadata): boolean {
  return (
    key.KeyManager === 'CUSTOMER' &&
    key.KeySpec === 'SYMMETRIC_DEFAULT' &&
    key.Origin === 'AWS_KMS' &&
    (key.KeyState === 'Enabled' || key.KeyState === 'Disabled')
  );
}

const PENDING_DELETION = new Set(['PendingDeletion', 'PendingReplicaDeletion']);

function toItem(
  key: KeyMetadata,
  aliases: string[] | undefined,
  rotation: GetKeyRotationStatusCommandOutput | undefined,
): SecretStoreItem {
  return compact<SecretStoreItem>({
    name: aliases?.[0] ?? key.KeyId ?? key.Arn ?? '',
    id: key.Arn ?? key.KeyId,
    kind: 'key',
    createdAt: isoDate(key.CreationDate),
    rotationEnabled: rotation?.KeyRotationEnabled,
    rotationPeriodDays: rotation?.KeyRotationEnabled
      ? rotation.RotationPeriodInDays
      : undefined,
    deletedAt: PENDING_DELETION.has(key.KeyState ?? '')
      ? isoDate(key.DeletionDate)
      : undefined,
    expiresAt: isoDate(key.ValidTo),
    owningService: key.KeyManager,
    state: key.KeyState,
  });
}

/** Each key's alias names, sorted, from every page of `ListAliases`. */
async function aliasesByKey(
  aws: AwsCall<KMSClient>,
): Promise<Map<string, string[]>> {
  const byKey = new Map<string, string[]>();
  for (const alias of await listAll(aws, LIST_ALIASES)) {
    if (!alias.TargetKeyId || !alias.AliasName) continue;
    const names = byKey.get(alias.TargetKeyId) ?? [];
    names.push(alias.AliasName);
    byKey.set(alias.TargetKeyId, names);
  }
  for (const names of byKey.values()) names.sort();
  return byKey;
}
