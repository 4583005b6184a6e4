import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_AWS_ARN,
  ANNOTATION_ROADIE_LAMBDA_NAME,
  ANNOTATION_ROADIE_LAMBDA_REGION,
  parseArn,
} from '@stagecraft/catalog-conventions-common';
import {
  AWS_SERVICE_OF_STAGE,
  MonitoredStageType,
  isMonitoredStageType,
  stageTypeOf,
} from './stageTypes';

export { parseArn } from '@stagecraft/catalog-conventions-common';
export type { ParsedArn } from '@stagecraft/catalog-conventions-common';

/** The AWS resource behind a monitored stage, as far as the catalog tells. */
export interface AwsTarget {
  stageType: MonitoredStageType;
  /** The full ARN when the entity gives one (Roadie's Lambda annotations do not). */
  arn?: string;
  /** Empty when unknown (Roadie's annotations name no account): the default `aws` account is used. */
  accountId: string;
  region: string;
  /** Stream, function, queue, delivery stream or state machine name. */
  resourceName: string;
  /** The value of the CloudWatch dimension that identifies the resource. */
  dimensionValue: string;
}

/** The resource name inside an ARN's resource part, per service; undefined when the shape is wrong. */
function resourceNameOf(
  stageType: MonitoredStageType,
  resource: string,
): string | undefined {
  const after = (prefix: string) =>
    resource.startsWith(prefix) && resource.length > prefix.length
      ? resource.slice(prefix.length)
      : undefined;
  switch (stageType) {
    case 'kinesis-stream':
      return after('stream/');
    case 'firehose-delivery-stream':
      return after('deliverystream/');
    case 'lambda-function':
      // function:name or function:name:qualifier; metrics are per function name.
      return after('function:')?.split(':')[0] || undefined;
    case 'state-machine':
      return after('stateMachine:')?.split(':')[0] || undefined;
    case 'sqs-queue':
      return resource.includes(':') || resource.includes('/')
        ? undefined
        : resource;
    default:
      return undefined;
  }
}

export interface AwsTargetResult {
  target?: AwsTarget;
  /** Why the entity's AWS annotations could not be used, each naming the annotation. */
  problems: string[];
}

function roadieLambdaTarget(entity: Entity): AwsTargetResult {
  const annotations = entity.metadata.annotations ?? {};
  const names = (annotations[ANNOTATION_ROADIE_LAMBDA_NAME] ?? '')
    .split(',')
    .map(n => n.trim())
    .filter(Boolean);
  const region = (annotations[ANNOTATION_ROADIE_LAMBDA_REGION] ?? '').trim();
  const problems: string[] = [];
  if (names.length === 0) return { problems };
  if (!region) {
    problems.push(
      `${ANNOTATION_ROADIE_LAMBDA_NAME} is set but ${ANNOTATION_ROADIE_LAMBDA_REGION} is missing`,
    );
    return { problems };
  }
  if (names.length > 1) {
    problems.push(
      `${ANNOTATION_ROADIE_LAMBDA_NAME} lists ${names.length} functions; only the first (${names[0]}) is shown`,
    );
  }
  return {
    target: {
      stageType: 'lambda-function',
      accountId: '',
      region,
      resourceName: names[0],
      dimensionValue: names[0],
    },
    problems,
  };
}

/**
 * Finds the AWS resource of a monitored stage from `amazonaws.com/arn`, or for Lambda
 * functions without one, from Roadie's `aws.com/lambda-function-name` + `aws.com/lambda-region`.
 */
export function resolveAwsTarget(entity: Entity): AwsTargetResult {
  const stageType = stageTypeOf(entity);
  if (!isMonitoredStageType(stageType)) return { problems: [] };

  const rawArn = entity.metadata.annotations?.[ANNOTATION_AWS_ARN]?.trim();
  if (!rawArn) {
    if (stageType === 'lambda-function') return roadieLambdaTarget(entity);
    return {
      problems: [
        `${ANNOTATION_AWS_ARN} is missing, so there are no live metrics`,
      ],
    };
  }

  const arn = parseArn(rawArn);
  if (!arn) {
    return {
      problems: [
        `${ANNOTATION_AWS_ARN} "${rawArn}" is not an ARN (expected arn:<partition>:<service>:<region>:<account-id>:<resource>)`,
      ],
    };
  }
  const expectedService = AWS_SERVICE_OF_STAGE[stageType];
  if (arn.service !== expectedService) {
    return {
      problems: [
        `${ANNOTATION_AWS_ARN} names an ${arn.service} resource but spec.type is ${stageType} (expected an ${expectedService} ARN)`,
      ],
    };
  }
  const resourceName = resourceNameOf(stageType, arn.resource);
  if (!resourceName || !arn.region || !arn.accountId) {
    return {
      problems: [
        `${ANNOTATION_AWS_ARN} "${rawArn}" does not name a ${stageType} with region and account`,
      ],
    };
  }

  const problems: string[] = [];
  if (stageType === 'lambda-function') {
    const roadie = roadieLambdaTarget(entity).target;
    if (
      roadie &&
      (roadie.resourceName !== resourceName || roadie.region !== arn.region)
    ) {
      problems.push(
        `${ANNOTATION_ROADIE_LAMBDA_NAME}/${ANNOTATION_ROADIE_LAMBDA_REGION} (${roadie.resourceName} in ${roadie.region}) disagree with ${ANNOTATION_AWS_ARN} (${resourceName} in ${arn.region}); the ARN is used`,
      );
    }
  }

  return {
    target: {
      stageType,
      arn: rawArn,
      accountId: arn.accountId,
      region: arn.region,
      resourceName,
      dimensionValue: stageType === 'state-machine' ? rawArn : resourceName,
    },
    problems,
  };
}
