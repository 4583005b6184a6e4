import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { ANNOTATION_AWS_ARN } from '@stagecraft/catalog-conventions-common';
import {
  StageDescriptor,
  readFlowRefs,
  stageTypeOf,
} from '@stagecraft/plugin-pipelines-common';
import { SimulationHints } from '../metrics/types';
import { LiveConfigRequest } from '../liveConfig/types';

/** Entities by ref; a ref mapped to undefined is known to be missing from the catalog. */
export type EntityLookup = ReadonlyMap<string, Entity | undefined>;

export function isDeadLetterQueue(entity: Entity | undefined): boolean {
  if (!entity || stageTypeOf(entity) !== 'sqs-queue') return false;
  const tags = entity.metadata.tags ?? [];
  return (
    tags.includes('dlq') ||
    /(^|-)dlq(-|$)|dead-letter/.test(entity.metadata.name)
  );
}

/** The refs an entity's flow annotations name: what must be loaded to build its hints. */
export function flowNeighbourRefs(entity: Entity): string[] {
  const { readsFrom, writesTo } = readFlowRefs(entity);
  return [...readsFrom, ...writesTo];
}

/** Hints for the simulated source, from what the catalog says about the stage and its neighbours. */
export function simulationHints(
  entity: Entity,
  entities: EntityLookup,
): SimulationHints {
  const { readsFrom } = readFlowRefs(entity);
  return {
    seed: stringifyEntityRef(entity),
    streamSourced: readsFrom.some(ref => {
      const source = entities.get(ref);
      return source !== undefined && stageTypeOf(source) === 'kinesis-stream';
    }),
    deadLetterQueue: isDeadLetterQueue(entity),
    scheduled: (entity.metadata.tags ?? []).includes('scheduled'),
  };
}

/** The ARN an entity's `amazonaws.com/arn` annotation names. */
export const arnOf = (entity: Entity | undefined) =>
  entity?.metadata.annotations?.[ANNOTATION_AWS_ARN];

export function liveConfigHints(
  entity: Entity,
  entities: EntityLookup,
): LiveConfigRequest['hints'] {
  const { readsFrom, writesTo } = readFlowRefs(entity);
  return {
    ...simulationHints(entity, entities),
    readsFromArns: readsFrom
      .map(ref => arnOf(entities.get(ref)))
      .filter((a): a is string => !!a),
    deadLetterArns: writesTo
      .map(ref => entities.get(ref))
      .filter(isDeadLetterQueue)
      .map(arnOf)
      .filter((a): a is string => !!a),
  };
}

export function isMonitored(stage: StageDescriptor): boolean {
  return stage.aws !== undefined;
}
