import {
  DEFAULT_NAMESPACE,
  Entity,
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  ANNOTATION_READS_FROM,
  ANNOTATION_WRITES_TO,
} from '@stagecraft/catalog-conventions-common';

/** A flow annotation value that could not be read, naming the annotation and the bad part. */
export interface FlowAnnotationProblem {
  annotation: string;
  value: string;
  message: string;
}

export interface FlowRefs {
  /** Normalised entity refs (`kind:namespace/name`, lower-case kind). */
  readsFrom: string[];
  writesTo: string[];
  problems: FlowAnnotationProblem[];
}

const validator = makeValidator();

/** Parses an entity ref strictly: kind, namespace and name must be valid catalog names. */
export function parseStageRef(
  value: string,
  defaults: { defaultKind?: string; defaultNamespace: string },
): string {
  const ref = parseEntityRef(value, defaults);
  if (!validator.isValidKind(ref.kind))
    throw new Error(`invalid kind "${ref.kind}"`);
  if (!validator.isValidNamespace(ref.namespace)) {
    throw new Error(`invalid namespace "${ref.namespace}"`);
  }
  if (!validator.isValidEntityName(ref.name))
    throw new Error(`invalid name "${ref.name}"`);
  return stringifyEntityRef(ref);
}

/**
 * Reads one comma-separated list of entity refs. A ref without a kind is taken as a
 * `resource`, without a namespace as the entity's own namespace.
 */
function readRefList(
  entity: Entity,
  annotation: string,
  problems: FlowAnnotationProblem[],
): string[] {
  const raw = entity.metadata.annotations?.[annotation];
  if (raw === undefined) return [];
  const namespace = entity.metadata.namespace ?? DEFAULT_NAMESPACE;
  const refs: string[] = [];
  for (const part of raw.split(',')) {
    const value = part.trim();
    if (!value) continue;
    try {
      const ref = parseStageRef(value, {
        defaultKind: 'resource',
        defaultNamespace: namespace,
      });
      if (!refs.includes(ref)) refs.push(ref);
    } catch (error) {
      problems.push({
        annotation,
        value,
        message: `"${value}" in ${annotation} is not an entity ref (expected kind:namespace/name): ${
          (error as Error).message
        }`,
      });
    }
  }
  return refs;
}

/** The `stagecraft.io/reads-from` and `stagecraft.io/writes-to` refs of an entity. */
export function readFlowRefs(entity: Entity): FlowRefs {
  const problems: FlowAnnotationProblem[] = [];
  return {
    readsFrom: readRefList(entity, ANNOTATION_READS_FROM, problems),
    writesTo: readRefList(entity, ANNOTATION_WRITES_TO, problems),
    problems,
  };
}
