import {
  BlastRadiusIndex,
  IndexedEntity,
} from '../relationIndex/BlastRadiusIndex';
import {
  OwnerTally,
  collectAffectedOwners,
} from '../owners/collectAffectedOwners';
import {
  BlastRadiusDirection,
  BlastRadiusEdge,
  BlastRadiusEntitySummary,
  BlastRadiusNode,
  BlastRadiusResult,
} from '../types';
import { BlastRadiusTraversal, forEachShortestPathEdge } from './traverse';

export interface BuildResultOptions {
  direction: BlastRadiusDirection;
  depth: number | null;
  relations: string[];
  /** Kinds to show (lower case); `null` shows all. The start is always shown. */
  kinds: readonly string[] | null;
  /**
   * Most nodes in the answer, the start included: the nearest are kept, the
   * rest counted by kind. Owners of every shown entity are listed regardless.
   */
  limit: number;
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

/**
 * Turns a traversal into the answer shown to a user: applies the kinds filter
 * and read permission, keeps the nearest `limit` entities and counts the rest
 * by kind, keeps the graph connected by joining a kept entity to its nearest
 * kept predecessors through left-out ones (`indirect` edges), and lists every
 * affected owner with its on-call contact and runbooks.
 *
 * Linear in the entities reached, with no object per entity beyond the kept
 * ones (at most `limit`), which alone are sorted: a radius of 40,000 entities
 * costs little more than its traversal.
 */
export function buildBlastRadiusResult(
  index: BlastRadiusIndex,
  traversal: BlastRadiusTraversal,
  options: BuildResultOptions,
): BlastRadiusResult {
  const isVisible = options.isVisible ?? (() => true);
  const limit = Math.max(1, options.limit);
  const { order, distances } = traversal;
  let showKind: Uint8Array | undefined;
  if (options.kinds) {
    showKind = new Uint8Array(index.kindCount);
    for (let key = 0; key < index.kindCount; key++) {
      showKind[key] = options.kinds.includes(index.kindOfKey(key)) ? 1 : 0;
    }
  }

  // Shown entities, as positions in `order` (so nearest first).
  const shownPositions = new Int32Array(order.length);
  let shownCount = 0;
  let hiddenCount = 0;
  for (let position = 0; position < order.length; position++) {
    if (position > 0) {
      const id = order[position];
      if (options.isVisible && !isVisible(index.entity(id).entityRef)) {
        hiddenCount += 1;
        continue;
      }
      if (showKind && !showKind[index.kindKeyOf(id)]) {
        continue;
      }
    }
    shownPositions[shownCount++] = position;
  }
  const shown = shownPositions.subarray(0, shownCount);

  const keptPositions = keepNearest(index, traversal, shown, limit);
  const keptAt = new Uint8Array(order.length);
  for (const position of keptPositions) {
    keptAt[position] = 1;
  }
  const keptIds = keptPositions.map(position => order[position]);

  // What lies beyond the limit by kind, and every shown entity by owner.
  const omittedKinds = new Int32Array(index.kindCount);
  const ownerCounts = new Int32Array(index.ownerCount);
  const owners: OwnerTally[] = [];
  for (let i = 0; i < shownCount; i++) {
    const position = shownPositions[i];
    const id = order[position];
    if (!keptAt[position]) {
      omittedKinds[index.kindKeyOf(id)] += 1;
    }
    const ownerKey = index.ownerKeyOf(id);
    if (ownerKey >= 0 && ownerCounts[ownerKey]++ === 0) {
      owners.push({
        ownerKey,
        ownerId: index.ownerIdOf(id),
        entityCount: 0,
        nearestDistance: distances[position],
      });
    }
  }
  for (const owner of owners) {
    owner.entityCount = ownerCounts[owner.ownerKey];
  }
  const omittedByKind: Record<string, number> = {};
  omittedKinds.forEach((count, key) => {
    if (count > 0) {
      omittedByKind[index.kindOfKey(key)] = count;
    }
  });

  const nodes = keptPositions.map(position =>
    toNode(index.entity(order[position]), distances[position]),
  );

  const references: Record<string, BlastRadiusEntitySummary> = {};
  const referenced = new Set<number>();
  for (const id of keptIds) {
    for (const ref of [index.systemIdOf(id), index.ownerIdOf(id)]) {
      if (ref >= 0 && !referenced.has(ref)) {
        referenced.add(ref);
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
    limit,
    nodes,
    edges: collectEdges(index, traversal, new Set(keptIds), nodes),
    truncated: traversal.truncated,
    totalCount: shownCount,
    omittedByKind,
    references,
    owners: collectAffectedOwners(index, {
      owners,
      keptIds,
      nodes,
      isVisible,
    }),
    hiddenCount,
    indexUpdatedAt: index.updatedAt.toISOString(),
  };
}

/**
 * The positions in `order` of the nearest `limit` shown entities, nearest
 * first and by kind and ref within a distance. `shownPositions` are in order
 * of distance, so only the distance the limit cuts through needs choosing
 * among, and only the kept entities are sorted.
 */
function keepNearest(
  index: BlastRadiusIndex,
  traversal: BlastRadiusTraversal,
  shownPositions: Int32Array,
  limit: number,
): number[] {
  const { order, distances } = traversal;
  const distanceAt = (i: number) => distances[shownPositions[i]];
  const byDistanceAndRank = (a: number, b: number) =>
    distances[a] - distances[b] ||
    index.rankOf(order[a]) - index.rankOf(order[b]);

  if (shownPositions.length <= limit) {
    return Array.from(shownPositions).sort(byDistanceAndRank);
  }
  const cutDistance = distanceAt(limit - 1);
  let levelStart = limit - 1;
  while (levelStart > 0 && distanceAt(levelStart - 1) === cutDistance) {
    levelStart -= 1;
  }
  let levelEnd = limit;
  while (
    levelEnd < shownPositions.length &&
    distanceAt(levelEnd) === cutDistance
  ) {
    levelEnd += 1;
  }

  const kept = Array.from(shownPositions.subarray(0, levelStart));
  // Of the level the limit cuts through, the first by kind and ref (ranks are
  // distinct, so the threshold keeps exactly the number wanted).
  const level = shownPositions.subarray(levelStart, levelEnd);
  const ranks = new Int32Array(level.length);
  for (let i = 0; i < level.length; i++) {
    ranks[i] = index.rankOf(order[level[i]]);
  }
  ranks.sort();
  const threshold = ranks[limit - levelStart - 1];
  for (let i = 0; i < level.length; i++) {
    if (index.rankOf(order[level[i]]) <= threshold) {
      kept.push(level[i]);
    }
  }
  return kept.sort(byDistanceAndRank);
}

/**
 * Edges among kept entities. A kept entity's predecessors lie one hop closer,
 * before the distance the limit cuts through, so only edges from entities
 * nearer than the farthest kept one are read. They come in order of their
 * source's distance, so the nearest kept predecessors of each left-out entity
 * are known before any edge leaves it.
 */
function collectEdges(
  index: BlastRadiusIndex,
  traversal: BlastRadiusTraversal,
  kept: ReadonlySet<number>,
  nodes: readonly BlastRadiusNode[],
): BlastRadiusEdge[] {
  const farthest = nodes[nodes.length - 1].distance;
  const nearestKept = new Map<number, Set<number>>();
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

  forEachShortestPathEdge(index, traversal, farthest, (from, to, type, d) => {
    if (kept.has(to)) {
      if (kept.has(from)) {
        add(from, to, type);
      } else {
        nearestKept.get(from)?.forEach(ancestor => add(ancestor, to));
      }
    } else if (d + 1 < farthest) {
      // Left out, yet nearer than a kept entity: hidden or of another kind.
      let known = nearestKept.get(to);
      if (!known) {
        known = new Set();
        nearestKept.set(to, known);
      }
      if (kept.has(from)) {
        known.add(from);
      } else {
        nearestKept.get(from)?.forEach(ancestor => known!.add(ancestor));
      }
    }
  });
  return [...edges.values()];
}
