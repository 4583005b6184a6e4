import {
  Entity,
  RELATION_CHILD_OF,
  RELATION_PARENT_OF,
} from '@backstage/catalog-model';
import {
  isKind,
  parseRef,
  parseRefKey,
  refKey,
} from '@stagecraft/catalog-conventions-common';

/** Which group is whose parent, keyed by lower-cased refs (`group:default/payments`). */
export type GroupHierarchy = {
  /** The parent of a group, if any. */
  parentOf(groupRef: string): string | undefined;
  /** The direct sub-groups of a group. */
  childrenOf(groupRef: string): string[];
  /** The group and all its sub-groups, at any depth (a cycle in the data stops the walk). */
  withDescendants(groupRefs: Iterable<string>): Set<string>;
};

const keyOf = (ref: string) => parseRefKey(ref) ?? ref.toLowerCase();

function specRefs(entity: Entity, field: 'parent' | 'children'): string[] {
  const value = entity.spec?.[field];
  const raw = Array.isArray(value) ? value : [value];
  return raw.flatMap(item => {
    if (typeof item !== 'string' || !item) return [];
    const parsed = parseRef(item, entity, 'group');
    return parsed.ref ? [refKey(parsed.ref)] : [];
  });
}

/**
 * The Group hierarchy from the catalog: `childOf`/`parentOf` relations (what the catalog
 * computes) and `spec.parent`/`spec.children` (what the YAML says, for entities read
 * without relations, e.g. by the lint).
 */
export function groupHierarchy(entities: Iterable<Entity>): GroupHierarchy {
  const parents = new Map<string, string>();
  const children = new Map<string, Set<string>>();
  const link = (child: string, parent: string) => {
    if (child === parent) return;
    if (!parents.has(child)) parents.set(child, parent);
    const set = children.get(parent) ?? new Set<string>();
    set.add(child);
    children.set(parent, set);
  };
  for (const entity of entities) {
    if (!isKind(entity, 'group')) continue;
    const self = refKey(entity);
    for (const relation of entity.relations ?? []) {
      if (relation.type === RELATION_CHILD_OF)
        link(self, keyOf(relation.targetRef));
      if (relation.type === RELATION_PARENT_OF)
        link(keyOf(relation.targetRef), self);
    }
    for (const parent of specRefs(entity, 'parent')) link(self, parent);
    for (const child of specRefs(entity, 'children')) link(child, self);
  }
  return {
    parentOf: ref => parents.get(keyOf(ref)),
    childrenOf: ref => [...(children.get(keyOf(ref)) ?? [])],
    withDescendants(groupRefs) {
      const found = new Set<string>();
      const queue = [...groupRefs].map(keyOf);
      while (queue.length > 0) {
        const next = queue.pop()!;
        if (found.has(next)) continue;
        found.add(next);
        queue.push(...(children.get(next) ?? []));
      }
      return found;
    },
  };
}
