import {
  DescribeKeyCommand,
  GetKeyRotationStatusCommand,
  GetKeyRotationStatusCommandOutput,
  KMSClient,
  KeyMetadata,
  ListAliasesCommand,
  ListAliasesCommandOutput,
  ListKeysCommand,
  ListKeysCommandOutput,
} from '@aws-sdk/client-kms';
import { isNotFoundError } from '@stagecraft/backend-node';
import { mapConcurrently } from '../concurrency';
import { compact, isoDate } from '../metadata';
import { SecretStoreItem } from '../types';
import {
  AwsCall,
  AwsStoreReader,
  AwsStoreReaderOptions,
} from './AwsStoreReader';

/** How many keys are described at once by default. */
const DEFAULT_DESCRIBE_CONCURRENCY = 4;

/** The key's rotation status cannot be known (gone, or its state or origin does not allow rotation). */
const hasNoRotationStatus = (error: unknown) =>
  isNotFoundError(error) ||
  ['UnsupportedOperationException', 'KMSInvalidStateException'].includes(
    (error as { name?: string })?.name ?? '',
  );

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

/** KMS listings page with `Marker` and say `Truncated` while more pages follow. */
const nextMarker = (page: { Truncated?: boolean; NextMarker?: string }) =>
  page.Truncated ? page.NextMarker : undefined;

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

/**
 * Options of the KMS reader.
 *
 * @public
 */
export interface KmsReaderOptions extends AwsStoreReaderOptions<KMSClient> {
  /** How many keys are described at once; default 4. */
  describeConcurrency?: number;
}

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
export class KmsReader extends AwsStoreReader<KMSClient> {
  readonly provider = 'aws-kms';
  private readonly describeConcurrency: number;

  constructor(options: KmsReaderOptions) {
    super(options);
    this.describeConcurrency =
      options.describeConcurrency ?? DEFAULT_DESCRIBE_CONCURRENCY;
  }

  protected async listRegion(
    aws: AwsCall<KMSClient>,
  ): Promise<SecretStoreItem[]> {
    const keyPages = await aws.paginate<ListKeysCommandOutput>(
      'kms:ListKeys',
      (client, Marker, abortSignal) =>
        client.send(new ListKeysCommand({ Marker, Limit: 1000 }), {
          abortSignal,
        }),
      nextMarker,
    );
    const aliases = await this.aliasesByKey(aws);
    const keyIds = keyPages.flatMap(page =>
      (page.Keys ?? []).flatMap(key => (key.KeyId ? [key.KeyId] : [])),
    );
    const items = await mapConcurrently(
      keyIds,
      this.describeConcurrency,
      async KeyId => {
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
      },
    );
    return items.filter((item): item is SecretStoreItem => item !== undefined);
  }

  /** Each key's alias names, sorted, from every page of `ListAliases`. */
  private async aliasesByKey(
    aws: AwsCall<KMSClient>,
  ): Promise<Map<string, string[]>> {
    const pages = await aws.paginate<ListAliasesCommandOutput>(
      'kms:ListAliases',
      (client, Marker, abortSignal) =>
        client.send(new ListAliasesCommand({ Marker, Limit: 100 }), {
          abortSignal,
        }),
      nextMarker,
    );
    const byKey = new Map<string, string[]>();
    for (const alias of pages.flatMap(page => page.Aliases ?? [])) {
      if (!alias.TargetKeyId || !alias.AliasName) continue;
      const names = byKey.get(alias.TargetKeyId) ?? [];
      names.push(alias.AliasName);
      byKey.set(alias.TargetKeyId, names);
    }
    for (const names of byKey.values()) names.sort();
    return byKey;
  }
}

/** The call's answer, or undefined when it fails with an `expected` error. */
async function unlessFailsWith<T>(
  expected: (error: unknown) => boolean,
  sending: Promise<T>,
): Promise<T | undefined> {
  try {
    return await sending;
  } catch (error) {
    if (expected(error)) return undefined;
    throw error;
  }
}
