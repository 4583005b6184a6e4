import {
  DescribeParametersCommand,
  DescribeParametersCommandOutput,
  ParameterMetadata,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { compact, isoDate } from '../metadata';
import { SecretStoreItem } from '../types';
import { AwsCall, AwsStoreReader } from './AwsStoreReader';
import { nameAndArnOf } from './namedEntry';
import { AwsListing, byNextToken, listAll } from './paging';

/** Every `SecureString` parameter, 50 a page. */
const DESCRIBE_SECURE_STRINGS: AwsListing<
  SSMClient,
  DescribeParametersCommandOutput,
  ParameterMetadata
> = {
  operation: 'ssm:DescribeParameters',
  send: (client, NextToken, abortSignal) =>
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
  entries: page => page.Parameters,
  nextToken: byNextToken,
};

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
    ...nameAndArnOf(parameter),
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

  protected async listRegion(aws: AwsCall<SSMClient>) {
    return (await listAll(aws, DESCRIBE_SECURE_STRINGS)).map(toItem);
  }
}
