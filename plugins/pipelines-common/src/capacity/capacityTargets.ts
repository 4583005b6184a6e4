import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ANNOTATION_AWS_ARN,
  annotationOf,
  parseArn,
} from '@stagecraft/catalog-conventions-common';
import { AwsTarget, resolveAwsTarget } from '../model/awsTarget';

/** Where an AWS resource lives. An empty account id means the default account. */
export interface CapacityLocation {
  accountId: string;
  region: string;
}

/** An AWS resource a capacity check applies to. */
export type CapacityTarget =
  | { type: 'lambda'; ref: string; aws: AwsTarget }
  | { type: 'kinesis'; ref: string; aws: AwsTarget }
  | {
      type: 'dynamodb';
      ref: string;
      location: CapacityLocation;
      tableName: string;
    }
  | {
      type: 'aurora';
      ref: string;
      location: CapacityLocation;
      clusterId: string;
    };

function specType(entity: Entity): string | undefined {
  const type = entity.spec?.type;
  return typeof type === 'string' ? type : undefined;
}

function arnResource(
  entity: Entity,
  service: string,
  prefix: string,
): { location: CapacityLocation; name: string } | undefined {
  const raw = annotationOf(entity, ANNOTATION_AWS_ARN);
  const arn = raw ? parseArn(raw) : undefined;
  if (!arn || arn.service !== service || !arn.region) return undefined;
  if (!arn.resource.startsWith(prefix)) return undefined;
  const name = arn.resource.slice(prefix.length).split('/')[0];
  return name
    ? { location: { accountId: arn.accountId, region: arn.region }, name }
    : undefined;
}

/**
 * Where the ARN annotation of an entity of each type names its resource, what that is, and
 * the capacity target it makes.
 */
const ARN_NAMED: Record<
  'dynamodb-table' | 'aurora-cluster',
  {
    service: string;
    prefix: string;
    what: string;
    target: (
      ref: string,
      location: CapacityLocation,
      name: string,
    ) => CapacityTarget;
  }
> = {
  'dynamodb-table': {
    service: 'dynamodb',
    prefix: 'table/',
    what: 'a DynamoDB table',
    target: (ref, location, tableName) => ({
      type: 'dynamodb',
      ref,
      location,
      tableName,
    }),
  },
  'aurora-cluster': {
    service: 'rds',
    prefix: 'cluster:',
    what: 'an Aurora cluster',
    target: (ref, location, clusterId) => ({
      type: 'aurora',
      ref,
      location,
      clusterId,
    }),
  },
};

/**
 * The AWS resource behind an entity that capacity checks apply to: a Lambda function or
 * Kinesis stream (as pipelines read them), a DynamoDB table, an Aurora cluster. Undefined
 * for anything else; `problem` says why an entity of such a type could not be used.
 */
export function capacityTargetOf(entity: Entity): {
  target?: CapacityTarget;
  problem?: string;
} {
  const ref = stringifyEntityRef(entity);
  const type = specType(entity);
  const unusable = (what: string) => ({
    problem: `${ref}: capacity not checked: ${ANNOTATION_AWS_ARN} does not name ${what}`,
  });
  switch (type) {
    case 'lambda-function':
    case 'kinesis-stream': {
      const { target, problems } = resolveAwsTarget(entity);
      if (!target) {
        return {
          problem: `${ref}: capacity not checked: ${
            problems[0] ?? `${ANNOTATION_AWS_ARN} is missing`
          }`,
        };
      }
      return {
        target: {
          type: type === 'lambda-function' ? 'lambda' : 'kinesis',
          ref,
          aws: target,
        },
      };
    }
    case 'dynamodb-table':
    case 'aurora-cluster': {
      const named = ARN_NAMED[type];
      const resource = arnResource(entity, named.service, named.prefix);
      if (!resource) return unusable(named.what);
      return { target: named.target(ref, resource.location, resource.name) };
    }
    default:
      return {};
  }
}

function relationTargets(entity: Entity, type: string): string[] {
  return (entity.relations ?? [])
    .filter(r => r.type === type)
    .map(r => r.targetRef);
}

/**
 * What an entity's expected peak applies to besides itself: a System's parts, a
 * Component's `dependsOn` (a pipeline's stages, a function's stream or table).
 */
export function capacityScopeRefs(entity: Entity): string[] {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  const refs =
    kind === 'system'
      ? relationTargets(entity, 'hasPart')
      : relationTargets(entity, 'dependsOn');
  return [...new Set(refs)];
}

/** An Aurora endpoint stands for the cluster it depends on. */
export function auroraClusterRefsOf(entity: Entity): string[] {
  return specType(entity) === 'aurora-endpoint'
    ? relationTargets(entity, 'dependsOn').filter(ref =>
        ref.startsWith('resource:'),
      )
    : [];
}
