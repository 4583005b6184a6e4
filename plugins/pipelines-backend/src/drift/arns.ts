import { parseArn } from '@stagecraft/catalog-conventions-common';

/**
 * The ARN of the resource an event source ARN or consumer ARN belongs to, so it can be
 * compared with the `amazonaws.com/arn` of a catalog entity:
 * a stream consumer's ARN names its stream, a DynamoDB stream its table, a Lambda
 * qualifier its function.
 */
export function resourceArnOf(arn: string): string {
  const parsed = parseArn(arn.trim());
  if (!parsed) return arn.trim();
  const head = `arn:${parsed.partition}:${parsed.service}:${parsed.region}:${parsed.accountId}:`;
  let resource = parsed.resource;
  if (parsed.service === 'kinesis') {
    resource = resource.replace(/^(stream\/[^/]+)\/consumer\/.*$/, '$1');
  } else if (parsed.service === 'dynamodb') {
    resource = resource.replace(/^(table\/[^/]+)\/stream\/.*$/, '$1');
  } else if (parsed.service === 'lambda') {
    resource = resource.replace(/^(function:[^:]+):.*$/, '$1');
  }
  return `${head}${resource}`;
}
