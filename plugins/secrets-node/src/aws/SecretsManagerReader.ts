import {
  ListSecretsCommand,
  ListSecretsCommandOutput,
  SecretListEntry,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { compact, isoDate, safeTags } from '../metadata';
import { SecretStoreItem } from '../types';
import { AwsCall, AwsStoreReader } from './AwsStoreReader';

/** Reads the names the catalog uses and the metadata of a secret; never its value. */
function toItem(entry: SecretListEntry): SecretStoreItem {
  return compact<SecretStoreItem>({
    name: entry.Name ?? entry.ARN ?? '',
    id: entry.ARN,
    kind: 'secret',
    createdAt: isoDate(entry.CreatedDate),
    lastRotated: isoDate(entry.LastRotatedDate),
    lastChanged: isoDate(entry.LastChangedDate),
    lastAccessed: isoDate(entry.LastAccessedDate),
    rotationEnabled: entry.RotationEnabled ?? false,
    rotationPeriodDays: entry.RotationRules?.AutomaticallyAfterDays,
    tags: safeTags(entry.Tags),
    deletedAt: isoDate(entry.DeletedDate),
    owningService: entry.OwningService,
    kmsKeyId: entry.KmsKeyId,
  });
}

/**
 * AWS Secrets Manager: `ListSecrets` (paginated, secrets scheduled for deletion
 * included). Needs `secretsmanager:ListSecrets` only.
 *
 * @public
 */
export class SecretsManagerReader extends AwsStoreReader<SecretsManagerClient> {
  readonly provider = 'aws-secrets-manager';

  protected async listRegion(
    aws: AwsCall<SecretsManagerClient>,
  ): Promise<SecretStoreItem[]> {
    const pages = await aws.paginate<ListSecretsCommandOutput>(
      'secretsmanager:ListSecrets',
      (client, NextToken, abortSignal) =>
        client.send(
          new ListSecretsCommand({
            NextToken,
            MaxResults: 100,
            IncludePlannedDeletion: true,
          }),
          { abortSignal },
        ),
      page => page.NextToken,
    );
    return pages.flatMap(page => (page.SecretList ?? []).map(toItem));
  }
}
