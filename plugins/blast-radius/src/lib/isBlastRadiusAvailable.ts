import { Entity } from '@backstage/catalog-model';

/**
 * Resource types with a blast radius worth a tab: secrets, secret stores and
 * pipeline stages (see docs/catalog-conventions.md).
 */
export const BLAST_RADIUS_RESOURCE_TYPES: readonly string[] = [
  'secret',
  'secret-store',
  'kinesis-stream',
  'firehose-delivery-stream',
  's3-bucket',
  'sqs-queue',
  'sns-topic',
  'dynamodb-table',
  'aurora-cluster',
  'aurora-endpoint',
  'sagemaker-endpoint',
];

/** Component types with a blast radius worth a tab: every stage kind of the conventions. */
export const BLAST_RADIUS_COMPONENT_TYPES: readonly string[] = [
  'service',
  'website',
  'lambda-function',
  'state-machine',
  'batch-job',
  'pipeline',
];

/** For `EntityLayout.Route`'s `if`: whether the entity gets a "Blast radius" tab. */
export function isBlastRadiusAvailable(entity: Entity): boolean {
  const kind = entity.kind?.toLocaleLowerCase('en-US');
  const type = String(entity.spec?.type ?? '').toLocaleLowerCase('en-US');
  if (kind === 'resource') {
    return BLAST_RADIUS_RESOURCE_TYPES.includes(type);
  }
  if (kind === 'component') {
    return BLAST_RADIUS_COMPONENT_TYPES.includes(type);
  }
  return false;
}
