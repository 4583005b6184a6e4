import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { AwsTarget, resolveAwsTarget } from './awsTarget';
import { parseStageRef, readFlowRefs } from './flowRefs';
import { StageType, isPipelineEntity, stageTypeOf } from './stageTypes';

/** One stage of a pipeline as the catalog describes it. */
export interface StageDescriptor {
  /** Normalised entity ref, e.g. `resource:default/raw-events-stream`. */
  ref: string;
  kind: string;
  namespace: string;
  name: string;
  title: string;
  /** Undefined for entities of a kind/type that is not a known stage type (still shown). */
  stageType?: StageType;
  /** The entity's `spec.type`, shown for unknown stage types. */
  specType?: string;
  aws?: AwsTarget;
  /** The ref is in `spec.dependsOn` but the catalog has no such entity. */
  missing: boolean;
  /** Problems with this stage's annotations, each naming the annotation. */
  problems: string[];
}

/** Data moves from `from` to `to` (both stage refs). */
export interface FlowEdge {
  from: string;
  to: string;
}

export interface PipelineFlow {
  pipelineRef: string;
  stages: StageDescriptor[];
  edges: FlowEdge[];
  /** Problems with the pipeline entity itself. */
  problems: string[];
}

/** The normalised stage refs a pipeline lists in `spec.dependsOn`, in order, without duplicates. */
export function pipelineStageRefs(pipeline: Entity): {
  refs: string[];
  problems: string[];
} {
  const problems: string[] = [];
  const refs: string[] = [];
  const dependsOn = pipeline.spec?.dependsOn;
  if (dependsOn !== undefined && !Array.isArray(dependsOn)) {
    return { refs, problems: ['spec.dependsOn is not a list'] };
  }
  for (const value of (dependsOn ?? []) as unknown[]) {
    if (typeof value !== 'string') {
      problems.push(
        `spec.dependsOn has a non-string entry (${JSON.stringify(value)})`,
      );
      continue;
    }
    try {
      const ref = parseStageRef(value, {
        defaultNamespace: pipeline.metadata.namespace ?? 'default',
      });
      if (!refs.includes(ref)) refs.push(ref);
    } catch (error) {
      problems.push(
        `spec.dependsOn entry "${value}" is not an entity ref: ${
          (error as Error).message
        }`,
      );
    }
  }
  if (refs.length === 0 && problems.length === 0) {
    problems.push('spec.dependsOn lists no stages');
  }
  return { refs, problems };
}

/** What the pipeline page says of a stage the catalog does not hold. */
export function missingStageMessage(ref: string): string {
  return `${ref} is listed in spec.dependsOn but is not in the catalog`;
}

/** Describes one stage from its entity (or a missing placeholder when the catalog has none). */
export function describeStage(
  ref: string,
  entity: Entity | undefined,
): StageDescriptor {
  const { kind, namespace, name } = parseEntityRef(ref);
  if (!entity) {
    return {
      ref,
      kind,
      namespace,
      name,
      title: name,
      missing: true,
      problems: [missingStageMessage(ref)],
    };
  }
  const stageType = stageTypeOf(entity);
  const specType =
    typeof entity.spec?.type === 'string' ? entity.spec.type : undefined;
  const { target, problems } = resolveAwsTarget(entity);
  const flowProblems = readFlowRefs(entity).problems.map(p => p.message);
  return {
    ref,
    kind: entity.kind,
    namespace,
    name,
    title: entity.metadata.title ?? entity.metadata.name,
    stageType,
    specType,
    aws: target,
    missing: false,
    problems: [...problems, ...flowProblems],
  };
}

/**
 * Builds the flow graph of a pipeline: its stages (from `spec.dependsOn`) and the edges
 * the stages declare with `stagecraft.io/reads-from` / `stagecraft.io/writes-to`.
 * Only edges between two stages of this pipeline are drawn; `A writes-to B` and
 * `B reads-from A` are the same edge.
 */
export function buildPipelineFlow(
  pipeline: Entity,
  entitiesByRef: ReadonlyMap<string, Entity | undefined>,
): PipelineFlow {
  const pipelineRef = stringifyEntityRef(pipeline);
  const problems: string[] = [];
  if (!isPipelineEntity(pipeline)) {
    problems.push(`${pipelineRef} is not a Component with spec.type: pipeline`);
  }
  const { refs, problems: refProblems } = pipelineStageRefs(pipeline);
  problems.push(...refProblems);

  const stages = refs.map(ref => describeStage(ref, entitiesByRef.get(ref)));
  const inPipeline = new Set(refs);
  const edges: FlowEdge[] = [];
  const seen = new Set<string>();
  const addEdge = (from: string, to: string) => {
    if (!inPipeline.has(from) || !inPipeline.has(to)) return;
    const key = `${from}->${to}`;
    if (seen.has(key)) return;
    seen.add(key);
    edges.push({ from, to });
  };
  for (const ref of refs) {
    const entity = entitiesByRef.get(ref);
    if (!entity) continue;
    const { readsFrom, writesTo } = readFlowRefs(entity);
    readsFrom.forEach(source => addEdge(source, ref));
    writesTo.forEach(target => addEdge(ref, target));
  }
  return { pipelineRef, stages, edges, problems };
}
