import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import { INVERSE_RELATION } from '@internal/stagecraft-test-utils';
import {
  ANNOTATION_AWS_ARN,
  ANNOTATION_CLOUDWATCH_ALARMS,
  ANNOTATION_READS_FROM,
  ANNOTATION_SECRET_KIND,
  ANNOTATION_SECRET_PATH,
  ANNOTATION_STORE_PROVIDER,
} from '@stagecraft/catalog-conventions-common';
import { generateCatalog, shapeOfSize } from '../graph/generateCatalog';

/** Stages of each bench pipeline, every one a Lambda of the same system. */
export const PIPELINE_STAGES = 4;
const ACCOUNT = '111122223333';

const targetsOf = (entity: Entity, type: string) =>
  (entity.relations ?? []).filter(r => r.type === type).map(r => r.targetRef);

/** The ARN a stage or resource of the bench catalog names, for the fake CloudWatch. */
function arnOf(entity: Entity): string | undefined {
  const name = entity.metadata.name;
  switch (entity.spec?.type) {
    case 'lambda-function':
      return `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:${name}`;
    case 'kinesis-stream':
      return `arn:aws:kinesis:eu-west-1:${ACCOUNT}:stream/${name}`;
    case 'sqs-queue':
      return `arn:aws:sqs:eu-west-1:${ACCOUNT}:${name}`;
    default:
      return undefined;
  }
}

/**
 * Writes into each entity the spec fields and annotations its relations come from, as a
 * catalog file would hold them (owner, system, domain, memberOf, dependsOn, lifecycle), plus
 * the annotations the Stagecraft plugins read: ARNs and alarms of Lambdas, streams and
 * queues, the flow of pipeline stages, and secret and store details.
 */
function asWritten(entity: Entity): Entity {
  const spec: JsonObject = { ...entity.spec };
  const annotations: Record<string, string> = {};
  const [owner] = targetsOf(entity, 'ownedBy');
  const [partOf] = targetsOf(entity, 'partOf');
  const dependsOn = targetsOf(entity, 'dependsOn');
  const memberOf = targetsOf(entity, 'memberOf');
  if (owner) spec.owner = owner;
  if (partOf) spec[entity.kind === 'System' ? 'domain' : 'system'] = partOf;
  if (dependsOn.length) spec.dependsOn = dependsOn;
  if (memberOf.length) spec.memberOf = memberOf;
  if (['Component', 'Resource', 'API'].includes(entity.kind)) {
    spec.lifecycle = 'production';
  }
  const arn = arnOf(entity);
  if (arn) {
    annotations[ANNOTATION_AWS_ARN] = arn;
    annotations[
      ANNOTATION_CLOUDWATCH_ALARMS
    ] = `${entity.metadata.name}-errors`;
  }
  const readsFrom = targetsOf(entity, 'readsFrom');
  if (readsFrom.length)
    annotations[ANNOTATION_READS_FROM] = readsFrom.join(',');
  if (spec.type === 'secret') {
    annotations[ANNOTATION_SECRET_KIND] = 'api-key';
    annotations[ANNOTATION_SECRET_PATH] = `prod/${entity.metadata.name}`;
  }
  if (spec.type === 'secret-store') {
    annotations[ANNOTATION_STORE_PROVIDER] = 'aws-secrets-manager';
  }
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      annotations: { ...entity.metadata.annotations, ...annotations },
    },
    spec,
  };
}

/**
 * Pipelines of `PIPELINE_STAGES` Lambdas each, one system after another, their relations
 * in both directions added to the stages.
 */
function addPipelines(entities: Entity[], count: number): Entity[] {
  const byRef = new Map(
    entities.map(e => [
      `${e.kind.toLocaleLowerCase('en-US')}:default/${e.metadata.name}`,
      e,
    ]),
  );
  const lambdasBySystem = new Map<string, string[]>();
  for (const [ref, entity] of byRef) {
    const [system] = targetsOf(entity, 'partOf');
    if (entity.spec?.type !== 'lambda-function' || !system) continue;
    lambdasBySystem.set(system, [...(lambdasBySystem.get(system) ?? []), ref]);
  }
  const systems = [...lambdasBySystem.entries()].filter(
    ([, lambdas]) => lambdas.length >= PIPELINE_STAGES,
  );
  const pipelines: Entity[] = [];
  for (let i = 0; i < Math.min(count, systems.length); i++) {
    const [system, lambdas] = systems[i];
    const stages = lambdas.slice(0, PIPELINE_STAGES);
    const owner = targetsOf(byRef.get(system)!, 'ownedBy')[0];
    const ref = `component:default/pipeline-${i}`;
    const relations = [
      { type: 'ownedBy', targetRef: owner },
      { type: 'partOf', targetRef: system },
      ...stages.map(stage => ({ type: 'dependsOn', targetRef: stage })),
    ];
    for (const { type, targetRef } of relations) {
      byRef
        .get(targetRef)!
        .relations!.push({ type: INVERSE_RELATION[type], targetRef: ref });
    }
    pipelines.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: `pipeline-${i}`, namespace: 'default' },
      spec: { type: 'pipeline' },
      relations,
    });
  }
  return pipelines;
}

/**
 * The bench's catalog as the catalog serves it: `bench/graph`'s generator scaled to about
 * `size` entities (its relations in both directions, about 8.4 per entity), the spec fields
 * and annotations those relations come from, and one pipeline per 2,000 entities.
 */
export function benchCatalog(size: number): Entity[] {
  const graph = generateCatalog(shapeOfSize(size));
  const pipelines = addPipelines(graph, Math.max(2, Math.round(size / 2000)));
  return [...graph, ...pipelines].map(asWritten);
}

/** The refs of the bench catalog's pipelines. */
export function pipelineNames(entities: Entity[]): string[] {
  return entities
    .filter(e => e.kind === 'Component' && e.spec?.type === 'pipeline')
    .map(e => e.metadata.name);
}
