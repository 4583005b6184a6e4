import {
  DescribeParametersCommand,
  DescribeParametersCommandOutput,
  ParameterMetadata,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { compact, isoDate } from '../metadata';
import { SecretStoreItem } from '../types';
import { AwsCall, AwsStoreReader } from './AwsStoreReader';

/** The timestamp of a parameter's `Expiration` policy, if it has one. */
function expirationOf(parameter: ParameterMetadata): string | undefined {
  for (const policy of parameter.Policies ?? []) {
    if (policy.PolicyType !== 'Expiration' || !policy.PolicyText) continue;
    try {
      const text = JSON.parse(policy.PolicyText);
      return isoDate(text?.Attributes?.Timestamp);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function toItem(parameter: ParameterMetadata): SecretStoreItem {
  return compact<SecretStoreItem>({
    name: parameter.Name ?? parameter.ARN ?? '',
    id: parameter.ARN,
    kind: 'parameter',
    lastChanged: isoDate(parameter.LastModifiedDate),
    expiresAt: expirationOf(parameter),
    kmsKeyId: parameter.KeyId,
  });
}

/**
 * AWS Systems Manager Parameter Store: `DescribeParameters` filtered to `SecureString`
 * (paginated). Needs `ssm:DescribeParameters` only; it returns names and dates, never a
 * value.
 *
 * @public
 */
export class ParameterStoreReader extends AwsStoreReader<SSMClient> {
  readonly provider = 'aws-ssm-parameter-store';

  protected async listRegion(
    aws: AwsCall<SSMClient>,
  ): Promise<SecretStoreItem[]> {
    const pages = await aws.paginate<DescribeParametersCommandOutput>(
      'ssm:DescribeParameters',
      (client, NextToken, abortSignal) =>
        client.send(
          new DescribeParametersCommand({
            NextToken,
            MaxResults: 50,
            ParameterFilters: [
              { Key: 'Type', Option: 'Equals', Values: ['SecureString'] },
            ],
          }),
          { abortSignal },
        ),
      page => page.NextToken,
    );
    return pages.flatMap(page => (page.Parameters ?? []).map(toItem));
  }
}
