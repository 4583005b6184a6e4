import {
  BlastRadiusIndex,
  IndexedEntity,
} from '../relationIndex/BlastRadiusIndex';
import { collectAffectedOwners } from '../owners/collectAffectedOwners';
import {
  BlastRadiusDirection,
  BlastRadiusEdge,
  BlastRadiusEntitySummary,
  BlastRadiusNode,
  BlastRadiusResult,
} from '../types';
import { BlastRadiusTraversal } from './traverse';

export interface BuildResultOptions {
  direction: BlastRadiusDirection;
  depth: number | null;
  relations: string[];
  /** Kinds to show (lower case); `null` shows all. The start is always shown. */
  kinds: readonly string[] | null;
  /**
   * Whether the requesting user may read an entity ref. Entities it rejects
   * are left out and counted in `hiddenCount`; owners and on-call users it
   * rejects are named by ref only. Defaults to everything readable.
   */
  isVisible?: (entityRef: string) => boolean;
}

export function summarize(entity: IndexedEntity): BlastRadiusEntitySummary {
  return {
    entityRef: entity.entityRef,
    kind: entity.kind,
    namespace: entity.namespace,
    name: entity.name,
    title: entity.title,
    type: entity.type,
  };
}

function toNode(entity: IndexedEntity, distance: number): BlastRadiusNode {
  return {
    ...summarize(entity),
    distance,
    system: entity.system,
    owner: entity.owner,
  };
}

function compareStrings(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

/**
 * Turns a traversal into the answer shown to a user: applies the kinds filter
 * and read permission, keeps the graph connected by joining a shown entity to
 * its nearest shown predecessors through left-out ones (`indirect` edges), and
 * lists owners with their on-call contacts and runbooks.
 */
export function buildBlastRadiusResult(
  index: BlastRadiusIndex,
  traversal: BlastRadiusTraversal,
  options: BuildResultOptions,
): BlastRadiusResult {
  const isVisible = options.isVisible ?? (() => true);
  const kinds = options.kinds ? new Set(options.kinds) : null;
  const shown = new Uint8Array(index.size);
  const shownIds: number[] = [];
  const distanceOf = new Map<number, number>();
  let hiddenCount = 0;
  traversal.order.forEach((id, position) => {
    const entity = index.entity(id);
    let show = true;
    if (id !== traversal.root) {
      const visible = isVisible(entity.entityRef);
      if (!visible) {
        hiddenCount += 1;
      }
      show = visible && (kinds === null || kinds.has(entity.kind));
    }
    if (show) {
      shown[id] = 1;
      shownIds.push(id);
      distanceOf.set(id, traversal.distances[position]);
    }
  });

  // Nearest first; within a distance by kind and ref, so answers are stable.
  shownIds.sort((a, b) => {
    const byDistance = distanceOf.get(a)! - distanceOf.get(b)!;
    if (byDistance !== 0) {
      return byDistance;
    }
    const ea = index.entity(a);
    const eb = index.entity(b);
    return (
      compareStrings(ea.kind, eb.kind) ||
      compareStrings(ea.entityRef, eb.entityRef)
    );
  });
  const nodes = shownIds.map(id =>
    toNode(index.entity(id), distanceOf.get(id)!),
  );

  const references: Record<string, BlastRadiusEntitySummary> = {};
  const referenced = new Uint8Array(index.size);
  for (const id of shownIds) {
    for (const ref of [index.systemIdOf(id), index.ownerIdOf(id)]) {
      if (ref >= 0 && !referenced[ref]) {
        referenced[ref] = 1;
        const entity = index.entity(ref);
        if (isVisible(entity.entityRef)) {
          references[entity.entityRef] = summarize(entity);
        }
      }
    }
  }

  return {
    root: nodes[0],
    direction: options.direction,
    depth: options.depth,
    relations: options.relations,
    kinds: options.kinds ? [...options.kinds] : null,
    nodes,
    edges: collectEdges(index, traversal, shown),
    truncated: traversal.truncated,
    references,
    owners: collectAffectedOwners(index, shownIds, nodes, isVisible),
    hiddenCount,
    indexUpdatedAt: index.updatedAt.toISOString(),
  };
}

function collectEdges(
  index: BlastRadiusIndex,
  traversal: BlastRadiusTraversal,
  shown: Uint8Array,
): BlastRadiusEdge[] {
  const incoming = new Map<number, number[]>();
  traversal.edgeTo.forEach((to, i) => {
    const list = incoming.get(to);
    if (list) {
      list.push(i);
    } else {
      incoming.set(to, [i]);
    }
  });

  // Nearest shown predecessors of each left-out entity. Predecessors are one
  // hop closer to the start, so they come earlier in `order` and are known.
  const nearestShown = new Map<number, Set<number>>();
  for (const id of traversal.order) {
    if (shown[id]) {
      continue;
    }
    const found = new Set<number>();
    for (const i of incoming.get(id) ?? []) {
      const from = traversal.edgeFrom[i];
      if (shown[from]) {
        found.add(from);
      } else {
        nearestShown.get(from)?.forEach(a => found.add(a));
      }
    }
    nearestShown.set(id, found);
  }

  const edges = new Map<number, BlastRadiusEdge>();
  const add = (from: number, to: number, type?: number) => {
    const key = from * index.size + to;
    let edge = edges.get(key);
    if (!edge) {
      edge = {
        source: index.entity(from).entityRef,
        target: index.entity(to).entityRef,
        relations: [],
      };
      edges.set(key, edge);
    }
    if (type === undefined) {
      if (edge.relations.length === 0) {
        edge.indirect = true;
      }
      return;
    }
    delete edge.indirect;
    const name = index.relationType(type);
    if (!edge.relations.includes(name)) {
      edge.relations.push(name);
    }
  };

  for (const to of traversal.order) {
    if (!shown[to]) {
      continue;
    }
    for (const i of incoming.get(to) ?? []) {
      const from = traversal.edgeFrom[i];
      if (shown[from]) {
        add(from, to, traversal.edgeType[i]);
      } else {
        nearestShown.get(from)?.forEach(ancestor => add(ancestor, to));
      }
    }
  }
  return [...edges.values()];
}
