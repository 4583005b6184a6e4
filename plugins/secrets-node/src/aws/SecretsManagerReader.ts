import {
  ListSecretsCommand,
  ListSecretsCommandOutput,
  SecretListEntry,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { compact, isoDate, safeTags } from '../metadata';
import { SecretStoreItem } from '../types';
import { AwsCall, AwsStoreReader } from './AwsStoreReader';
import { nameAndArnOf } from './namedEntry';
import { AwsListing, byNextToken, listAll } from './paging';

/** Every secret, those scheduled for deletion included, 100 a page. */
const LIST_SECRETS: AwsListing<
  SecretsManagerClient,
  ListSecretsCommandOutput,
  SecretListEntry
> = {
  operation: 'secretsmanager:ListSecrets',
  send: (client, NextToken, abortSignal) =>
    client.send(
      new ListSecretsCommand({
        NextToken,
        MaxResults: 100,
        IncludePlannedDeletion: true,
      }),
      { abortSignal },
    ),
  entries: page => page.SecretList,
  nextToken: byNextToken,
};

/** Reads the names the catalog uses and the metadata of a secret; never its value. */
function toItem(entry: SecretListEntry): SecretStoreItem {
  return compact<SecretStoreItem>({
    ...nameAndArnOf(entry),
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

  protected async listRegion(aws: AwsCall<SecretsManagerClient>) {
    return (await listAll(aws, LIST_SECRETS)).map(toItem);
  }
}
