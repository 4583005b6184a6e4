import { Entity } from '@backstage/catalog-model';

/** Resource types that can be a pipeline stage. */
export const RESOURCE_STAGE_TYPES = [
  'kinesis-stream',
  'firehose-delivery-stream',
  'sqs-queue',
  's3-bucket',
  'dynamodb-table',
  'sns-topic',
] as const;

/** Component types that can be a pipeline stage. */
export const COMPONENT_STAGE_TYPES = [
  'lambda-function',
  'state-machine',
  'service',
  'batch-job',
] as const;

export type ResourceStageType = (typeof RESOURCE_STAGE_TYPES)[number];
export type ComponentStageType = (typeof COMPONENT_STAGE_TYPES)[number];
export type StageType = ResourceStageType | ComponentStageType;

/** Stage types that have live CloudWatch metrics and configuration. */
export const MONITORED_STAGE_TYPES = [
  'kinesis-stream',
  'firehose-delivery-stream',
  'sqs-queue',
  'lambda-function',
  'state-machine',
] as const;

export type MonitoredStageType = (typeof MONITORED_STAGE_TYPES)[number];

/** The AWS service (ARN service part) each monitored stage type lives in. */
export const AWS_SERVICE_OF_STAGE: Record<MonitoredStageType, string> = {
  'kinesis-stream': 'kinesis',
  'firehose-delivery-stream': 'firehose',
  'sqs-queue': 'sqs',
  'lambda-function': 'lambda',
  'state-machine': 'states',
};

export const STAGE_TYPE_LABELS: Record<StageType, string> = {
  'kinesis-stream': 'Kinesis stream',
  'firehose-delivery-stream': 'Firehose',
  'sqs-queue': 'SQS queue',
  's3-bucket': 'S3 bucket',
  'dynamodb-table': 'DynamoDB table',
  'sns-topic': 'SNS topic',
  'lambda-function': 'Lambda',
  'state-machine': 'State machine',
  service: 'Service',
  'batch-job': 'Batch job',
};

function specType(entity: Entity): string | undefined {
  const type = entity.spec?.type;
  return typeof type === 'string' ? type : undefined;
}

/** The stage type of an entity, or undefined when it is not a kind/type a pipeline stage can be. */
export function stageTypeOf(entity: Entity): StageType | undefined {
  const type = specType(entity);
  if (!type) return undefined;
  const kind = entity.kind.toLocaleLowerCase('en-US');
  if (kind === 'resource') {
    return (RESOURCE_STAGE_TYPES as readonly string[]).includes(type)
      ? (type as StageType)
      : undefined;
  }
  if (kind === 'component') {
    return (COMPONENT_STAGE_TYPES as readonly string[]).includes(type)
      ? (type as StageType)
      : undefined;
  }
  return undefined;
}

export function isMonitoredStageType(
  type: string | undefined,
): type is MonitoredStageType {
  return (MONITORED_STAGE_TYPES as readonly string[]).includes(type ?? '');
}

/** True for a `Component` with `spec.type: pipeline`. */
export function isPipelineEntity(entity: Entity): boolean {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'component' &&
    specType(entity) === 'pipeline'
  );
}

/** True for entities that get a Metrics tab: Lambda, stream, Firehose, queue, state machine. */
export function hasLiveMetrics(entity: Entity): boolean {
  return isMonitoredStageType(stageTypeOf(entity));
}
