import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_AWS_ARN,
  ANNOTATION_READS_FROM,
  ANNOTATION_WRITES_TO,
  DriftEndpoint,
  EdgeDrift,
  PipelineEdgeDrift,
  UnknownDriftStage,
  edgeKey,
  readFlowRefs,
  resolveAwsTarget,
  stageTypeOf,
} from '@stagecraft/plugin-pipelines-common';
import { EntityLookup } from '../service/stageContext';
import { resourceArnOf } from './arns';
import {
  ObservedConsumer,
  ObservedMapping,
  StageEdgeObservation,
} from './types';

/**
 * Source types a Lambda can only read through an event source mapping: a declared edge
 * from one of these without a mapping is drift. (A Lambda that reads a DynamoDB table or
 * a bucket may just call it, so those edges are not judged.)
 */
const MAPPED_SOURCE_TYPES = ['kinesis-stream', 'sqs-queue'];

export interface DriftComparisonInput {
  /** The refs of the pipeline's stages. */
  stageRefs: string[];
  /** The stages and their flow neighbours the caller may read; undefined when missing or unreadable. */
  entities: EntityLookup;
  /** What AWS said about each Lambda and Kinesis stream stage, by stage ref. */
  observations: ReadonlyMap<string, StageEdgeObservation>;
}

export type DriftComparison = Pick<
  PipelineEdgeDrift,
  'onlyInAws' | 'onlyInYaml' | 'checkedStages' | 'unknownStages'
>;

interface Declaration {
  /** The entity whose annotation declares the edge, and which annotation. */
  by: string;
  annotation: string;
}

const titleOf = (entity: Entity) =>
  entity.metadata.title ?? entity.metadata.name;

/** Every edge the loaded entities declare, with who declares it. */
function declaredEdges(entities: EntityLookup): Map<string, Declaration> {
  const declared = new Map<string, Declaration>();
  for (const [ref, entity] of entities) {
    if (!entity) continue;
    const { readsFrom, writesTo } = readFlowRefs(entity);
    for (const source of readsFrom) {
      declared.set(edgeKey(source, ref), {
        by: ref,
        annotation: ANNOTATION_READS_FROM,
      });
    }
    for (const target of writesTo) {
      const key = edgeKey(ref, target);
      if (!declared.has(key)) {
        declared.set(key, { by: ref, annotation: ANNOTATION_WRITES_TO });
      }
    }
  }
  return declared;
}

/** Loaded entities by the resource ARN their `amazonaws.com/arn` names. */
function entitiesByArn(entities: EntityLookup): Map<string, string> {
  const byArn = new Map<string, string>();
  for (const [ref, entity] of entities) {
    const arn = entity?.metadata.annotations?.[ANNOTATION_AWS_ARN];
    if (arn) byArn.set(resourceArnOf(arn), ref);
  }
  return byArn;
}

/**
 * Compares the edges a pipeline's YAML declares (`stagecraft.io/reads-from` and
 * `stagecraft.io/writes-to`) with the event source mappings and stream consumers AWS
 * reports. A stage whose call failed is unknown, and none of its edges is judged; an
 * edge that touches an entity the caller cannot see is not judged either.
 */
export function compareEdges({
  stageRefs,
  entities,
  observations,
}: DriftComparisonInput): DriftComparison {
  const declared = declaredEdges(entities);
  const byArn = entitiesByArn(entities);
  const inPipeline = new Set(stageRefs);
  const endpoint = (ref: string): DriftEndpoint => ({
    ref,
    label: titleOf(entities.get(ref)!),
    inPipeline: inPipeline.has(ref),
  });

  const onlyInAws: EdgeDrift[] = [];
  const onlyInYaml: EdgeDrift[] = [];
  const checkedStages: string[] = [];
  const unknownStages: UnknownDriftStage[] = [];
  const consumersUsedByMappings = new Set<string>();
  let someLambdaUnknown = false;

  for (const ref of stageRefs) {
    const observation = observations.get(ref);
    const entity = entities.get(ref);
    if (!observation || !entity) continue;
    if ('error' in observation) {
      unknownStages.push({
        ref,
        title: titleOf(entity),
        operation: observation.operation,
        reason: observation.error,
      });
      if (observation.operation === 'lambda:ListEventSourceMappings') {
        someLambdaUnknown = true;
      }
      continue;
    }
    checkedStages.push(ref);
    if ('mappings' in observation) {
      for (const m of observation.mappings) {
        if (m.eventSourceArn?.includes('/consumer/')) {
          consumersUsedByMappings.add(m.eventSourceArn);
        }
      }
    }
  }

  const nameIndex = new Map<string, string>();
  for (const [ref, entity] of entities) {
    if (!entity) continue;
    nameIndex.set(entity.metadata.name, ref);
    const resourceName = resolveAwsTarget(entity).target?.resourceName;
    if (resourceName) nameIndex.set(resourceName, ref);
  }

  const unknownRefs = new Set(unknownStages.map(s => s.ref));
  // Declared stream edges a registered consumer named after the reader confirms.
  const confirmedByConsumer = new Set<string>();
  for (const ref of checkedStages) {
    const observation = observations.get(ref)!;
    if (!('consumers' in observation)) continue;
    for (const c of observation.consumers) {
      const readerRef = nameIndex.get(c.name);
      if (readerRef) confirmedByConsumer.add(edgeKey(ref, readerRef));
    }
  }

  const compareMappings = (lambdaRef: string, mappings: ObservedMapping[]) => {
    const lambda = entities.get(lambdaRef)!;
    const functionName =
      resolveAwsTarget(lambda).target?.resourceName ?? lambda.metadata.name;
    const declaredSources = [...declared.keys()]
      .map(key => key.split('->'))
      .filter(([, to]) => to === lambdaRef)
      .map(([from]) => from);
    // A declared source the caller cannot see may be what an unmatched mapping reads.
    const someSourceUnseen = declaredSources.some(
      source => entities.get(source) === undefined,
    );
    const mapped = new Set<string>();
    for (const m of mappings) {
      if (!m.eventSourceArn) continue;
      const sourceRef = byArn.get(resourceArnOf(m.eventSourceArn));
      const evidence = {
        kind: 'event-source-mapping' as const,
        id: m.uuid,
        state: m.state,
        arn: m.eventSourceArn,
        detail: `Event source mapping ${m.uuid ?? '(no UUID)'} (${
          m.state ?? 'state unknown'
        }) feeds ${functionName} from ${m.eventSourceArn}`,
      };
      if (sourceRef) {
        mapped.add(sourceRef);
        if (declared.has(edgeKey(sourceRef, lambdaRef))) continue;
        onlyInAws.push({
          side: 'only-in-aws',
          source: endpoint(sourceRef),
          target: endpoint(lambdaRef),
          evidence,
          fix: `Declare it: add ${sourceRef} to ${ANNOTATION_READS_FROM} of ${lambdaRef}, or delete event source mapping ${m.uuid} if ${functionName} should not read from it.`,
        });
      } else if (!someSourceUnseen) {
        onlyInAws.push({
          side: 'only-in-aws',
          source: { label: m.eventSourceArn, inPipeline: false },
          target: endpoint(lambdaRef),
          evidence,
          fix: `Add the resource ${m.eventSourceArn} to the catalog and to ${ANNOTATION_READS_FROM} of ${lambdaRef}, or delete event source mapping ${m.uuid} if ${functionName} should not read from it.`,
        });
      }
    }
    for (const sourceRef of declaredSources) {
      const source = entities.get(sourceRef);
      const arn = source?.metadata.annotations?.[ANNOTATION_AWS_ARN];
      const type = source && stageTypeOf(source);
      if (!source || !arn || !MAPPED_SOURCE_TYPES.includes(type ?? '')) {
        continue;
      }
      if (mapped.has(sourceRef)) continue;
      if (confirmedByConsumer.has(edgeKey(sourceRef, lambdaRef))) continue;
      // The stream's consumers are unknown: one of them may be how the Lambda reads it.
      if (unknownRefs.has(sourceRef)) continue;
      const declaration = declared.get(edgeKey(sourceRef, lambdaRef))!;
      onlyInYaml.push({
        side: 'only-in-yaml',
        source: endpoint(sourceRef),
        target: endpoint(lambdaRef),
        evidence: {
          kind: 'declaration',
          arn,
          detail: `${declaration.by} declares it in ${declaration.annotation}, but lambda:ListEventSourceMappings lists no mapping from ${arn} to ${functionName}`,
        },
        fix: `Create an event source mapping from ${arn} to ${functionName}, or remove ${
          declaration.annotation === ANNOTATION_READS_FROM
            ? sourceRef
            : lambdaRef
        } from ${declaration.annotation} of ${
          declaration.by
        } if it no longer reads from it.`,
      });
    }
  };

  const compareConsumers = (
    streamRef: string,
    consumers: ObservedConsumer[],
  ) => {
    const stream = entities.get(streamRef)!;
    const streamName =
      resolveAwsTarget(stream).target?.resourceName ?? stream.metadata.name;
    for (const c of consumers) {
      // A Lambda's mapping reads through this consumer: that edge is the Lambda's to judge.
      if (c.arn && consumersUsedByMappings.has(c.arn)) continue;
      const readerRef = nameIndex.get(c.name);
      if (readerRef && declared.has(edgeKey(streamRef, readerRef))) continue;
      // Unnamed consumers may belong to a Lambda whose mappings are unknown.
      if (!readerRef && someLambdaUnknown) continue;
      onlyInAws.push({
        side: 'only-in-aws',
        source: endpoint(streamRef),
        target: readerRef
          ? endpoint(readerRef)
          : { label: `consumer ${c.name}`, inPipeline: false },
        evidence: {
          kind: 'stream-consumer',
          id: c.name,
          state: c.status,
          arn: c.arn,
          detail: `Consumer ${c.name} (${
            c.status ?? 'status unknown'
          }) is registered on ${streamName} for enhanced fan-out`,
        },
        fix: readerRef
          ? `Add ${streamRef} to ${ANNOTATION_READS_FROM} of ${readerRef}, or deregister consumer ${c.name} from ${streamName} if it no longer reads from it.`
          : `Add the application that reads as consumer ${c.name} to the catalog with ${ANNOTATION_READS_FROM}: ${streamRef}, or deregister the consumer from ${streamName} if nothing uses it.`,
      });
    }
  };

  for (const ref of checkedStages) {
    const observation = observations.get(ref)!;
    if ('mappings' in observation) compareMappings(ref, observation.mappings);
    else if ('consumers' in observation) {
      compareConsumers(ref, observation.consumers);
    }
  }
  return { onlyInAws, onlyInYaml, checkedStages, unknownStages };
}
