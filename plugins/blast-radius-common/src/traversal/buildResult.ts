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

/** Not shown: hidden, of another kind, or not reached. */
const LEFT_OUT = 0;
/** Shown, but beyond the limit: counted only. */
const BEYOND_LIMIT = 1;
/** In the answer's nodes. */
const KEPT = 2;

/**
 * Turns a traversal into the answer shown to a user: applies the kinds filter
 * and read permission, keeps the nearest `limit` entities and counts the rest
 * by kind, keeps the graph connected by joining a kept entity to its nearest
 * kept predecessors through left-out ones (`indirect` edges), and lists every
 * affected owner with its on-call contact and runbooks.
 *
 * Linear in the entities reached; only the kept ones (at most `limit`) are
 * sorted and turned into objects, so a radius of 40,000 costs little more than
 * its traversal.
 */
export function buildBlastRadiusResult(
  index: BlastRadiusIndex,
  traversal: BlastRadiusTraversal,
  options: BuildResultOptions,
): BlastRadiusResult {
  const isVisible = options.isVisible ?? (() => true);
  const kinds = options.kinds ? new Set(options.kinds) : null;
  const limit = Math.max(1, options.limit);
  const { order, distances } = traversal;

  // Shown entities, as positions in `order` (so nearest first).
  const shownPositions = new Int32Array(order.length);
  let shownCount = 0;
  let hiddenCount = 0;
  for (let position = 0; position < order.length; position++) {
    const id = order[position];
    if (position > 0) {
      const entity = index.entity(id);
      if (!isVisible(entity.entityRef)) {
        hiddenCount += 1;
        continue;
      }
      if (kinds !== null && !kinds.has(entity.kind)) {
        continue;
      }
    }
    shownPositions[shownCount++] = position;
  }

  const state = new Uint8Array(index.size);
  const keptIds = keepNearest(
    index,
    traversal,
    shownPositions.subarray(0, shownCount),
    limit,
  );
  for (let i = 0; i < shownCount; i++) {
    state[order[shownPositions[i]]] = BEYOND_LIMIT;
  }
  for (const id of keptIds) {
    state[id] = KEPT;
  }

  const omittedByKind: Record<string, number> = {};
  for (let i = 0; i < shownCount; i++) {
    const id = order[shownPositions[i]];
    if (state[id] === BEYOND_LIMIT) {
      const kind = index.entity(id).kind;
      omittedByKind[kind] = (omittedByKind[kind] ?? 0) + 1;
    }
  }

  const nodes = keptIds.map(id =>
    toNode(index.entity(id), traversal.distanceById[id]),
  );

  const references: Record<string, BlastRadiusEntitySummary> = {};
  const referenced = new Uint8Array(index.size);
  for (const id of keptIds) {
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

  const affected = new Array<number>(shownCount);
  const affectedDistances = new Array<number>(shownCount);
  for (let i = 0; i < shownCount; i++) {
    affected[i] = order[shownPositions[i]];
    affectedDistances[i] = distances[shownPositions[i]];
  }

  return {
    root: nodes[0],
    direction: options.direction,
    depth: options.depth,
    relations: options.relations,
    kinds: options.kinds ? [...options.kinds] : null,
    limit,
    nodes,
    edges: collectEdges(index, traversal, state, nodes),
    truncated: traversal.truncated,
    totalCount: shownCount,
    omittedByKind,
    references,
    owners: collectAffectedOwners(index, {
      affected,
      affectedDistances,
      keptIds,
      nodes,
      isVisible,
    }),
    hiddenCount,
    indexUpdatedAt: index.updatedAt.toISOString(),
  };
}

/**
 * The ids of the nearest `limit` shown entities, nearest first and by kind and
 * ref within a distance. `shownPositions` are in order of distance, so only
 * the distance the limit cuts through needs choosing among, and only the kept
 * entities are sorted.
 */
function keepNearest(
  index: BlastRadiusIndex,
  traversal: BlastRadiusTraversal,
  shownPositions: Int32Array,
  limit: number,
): number[] {
  const { order, distances } = traversal;
  const byDistanceAndRank = (a: number, b: number) =>
    traversal.distanceById[a] - traversal.distanceById[b] ||
    index.rankOf(a) - index.rankOf(b);

  if (shownPositions.length <= limit) {
    return Array.from(shownPositions, p => order[p]).sort(byDistanceAndRank);
  }
  const cutDistance = distances[shownPositions[limit - 1]];
  let levelStart = limit - 1;
  while (
    levelStart > 0 &&
    distances[shownPositions[levelStart - 1]] === cutDistance
  ) {
    levelStart -= 1;
  }
  let levelEnd = limit;
  while (
    levelEnd < shownPositions.length &&
    distances[shownPositions[levelEnd]] === cutDistance
  ) {
    levelEnd += 1;
  }

  const kept: number[] = [];
  for (let i = 0; i < levelStart; i++) {
    kept.push(order[shownPositions[i]]);
  }
  // Of the level the limit cuts through, the first by kind and ref (ranks are
  // distinct, so the threshold keeps exactly the number wanted).
  const level = shownPositions.subarray(levelStart, levelEnd);
  const ranks = Int32Array.from(level, p => index.rankOf(order[p])).sort();
  const threshold = ranks[limit - levelStart - 1];
  for (const p of level) {
    if (index.rankOf(order[p]) <= threshold) {
      kept.push(order[p]);
    }
  }
  return kept.sort(byDistanceAndRank);
}

/**
 * Edges among kept entities. A kept entity's predecessors lie one hop closer,
 * before the distance the limit cuts through, so only the traversal's edges up
 * to the farthest kept distance are read. Traversal edges come in order of
 * their source's distance, so the nearest kept predecessors of each left-out
 * entity are known before any edge leaves it.
 */
function collectEdges(
  index: BlastRadiusIndex,
  traversal: BlastRadiusTraversal,
  state: Uint8Array,
  nodes: readonly BlastRadiusNode[],
): BlastRadiusEdge[] {
  const { edgeFrom, edgeTo, edgeType, distanceById } = traversal;
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

  for (let i = 0; i < edgeFrom.length; i++) {
    const from = edgeFrom[i];
    if (distanceById[from] >= farthest) {
      break;
    }
    const to = edgeTo[i];
    if (state[to] === KEPT) {
      if (state[from] === KEPT) {
        add(from, to, edgeType[i]);
      } else if (state[from] === LEFT_OUT) {
        nearestKept.get(from)?.forEach(ancestor => add(ancestor, to));
      }
    } else if (state[to] === LEFT_OUT && distanceById[to] < farthest) {
      let known = nearestKept.get(to);
      if (!known) {
        known = new Set();
        nearestKept.set(to, known);
      }
      if (state[from] === KEPT) {
        known.add(from);
      } else {
        nearestKept.get(from)?.forEach(ancestor => known!.add(ancestor));
      }
    }
  }
  return [...edges.values()];
}
