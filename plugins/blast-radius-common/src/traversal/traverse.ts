import { BlastRadiusIndex } from '../relationIndex/BlastRadiusIndex';

/** The raw outcome of a breadth-first search over the index. */
export interface BlastRadiusTraversal {
  root: number;
  /**
   * Reached entity ids, root first, in order of distance. A typed array, so a
   * wide radius leaves the garbage collector next to nothing to copy.
   */
  order: Int32Array;
  /** Distance of each entity in `order`, same positions (non-decreasing). */
  distances: Int32Array;
  /**
   * The relation type ids followed (1) by index type id. The shortest-path
   * edges are the followed relations from an entity at distance `d` to one at
   * `d + 1`; they are read back from the index when needed (see
   * `forEachShortestPathEdge`) rather than stored, as an answer only draws the
   * edges near the start.
   */
  followed: Uint8Array;
  /** True when entities lie beyond the depth limit. */
  truncated: boolean;
}

export interface TraverseOptions {
  /** Catalog relation types to follow from each entity. */
  relationTypes: readonly string[];
  /** Maximum distance; `null` follows until nothing new is reached. */
  depth: number | null;
}

/**
 * Breadth-first search from `root` along the given relation types. Each
 * entity is visited once, at its shortest distance, so cycles end the walk
 * instead of looping. Linear in the entities and relations reached.
 */
export function traverseBlastRadius(
  index: BlastRadiusIndex,
  root: number,
  options: TraverseOptions,
): BlastRadiusTraversal {
  const follow = new Uint8Array(index.relationTypeCount);
  for (const type of options.relationTypes) {
    const typeId = index.relationTypeId(type);
    if (typeId !== undefined) {
      follow[typeId] = 1;
    }
  }
  const { edgeStart, edgeType, edgeTarget } = index.adjacencyFollowing(follow);
  const maxDepth = options.depth ?? Number.POSITIVE_INFINITY;

  return index.withScratch(distance => {
    let order = new Int32Array(Math.min(index.size, 256));
    let distances = new Int32Array(order.length);
    let length = 0;
    let truncated = false;
    order[length++] = root;
    distance[root] = 0;

    for (let head = 0; head < length; head++) {
      const from = order[head];
      const d = distance[from];
      const end = edgeStart[from + 1];
      if (d >= maxDepth) {
        if (!truncated) {
          for (let e = edgeStart[from]; e < end; e++) {
            if (follow[edgeType[e]] && distance[edgeTarget[e]] === -1) {
              truncated = true;
              break;
            }
          }
        }
        continue;
      }
      for (let e = edgeStart[from]; e < end; e++) {
        if (!follow[edgeType[e]]) {
          continue;
        }
        const to = edgeTarget[e];
        if (distance[to] === -1) {
          distance[to] = d + 1;
          if (length === order.length) {
            // Each entity is added once: the order never outgrows the index.
            const capacity = Math.min(index.size, length * 2);
            const grownOrder = new Int32Array(capacity);
            grownOrder.set(order);
            order = grownOrder;
            const grownDistances = new Int32Array(capacity);
            grownDistances.set(distances);
            distances = grownDistances;
          }
          distances[length] = d + 1;
          order[length++] = to;
        }
      }
    }
    for (let i = 0; i < length; i++) {
      distance[order[i]] = -1;
    }
    return {
      root,
      order: order.subarray(0, length),
      distances: distances.subarray(0, length),
      followed: follow,
      truncated,
    };
  });
}

/**
 * Calls `visit(from, to, typeId, fromDistance)` for each shortest-path edge
 * whose source lies closer than `maxSourceDistance`, in order of the source's
 * distance (so every edge into an entity comes before any edge out of it).
 * Edges to entities at the same or a smaller distance (cycles, shortcuts) are
 * skipped. Reads only the entities up to `maxSourceDistance`.
 */
export function forEachShortestPathEdge(
  index: BlastRadiusIndex,
  traversal: BlastRadiusTraversal,
  maxSourceDistance: number,
  visit: (
    from: number,
    to: number,
    typeId: number,
    fromDistance: number,
  ) => void,
): void {
  const { order, distances, followed } = traversal;
  const { edgeStart, edgeType, edgeTarget } =
    index.adjacencyFollowing(followed);
  let near = 0;
  while (near < order.length && distances[near] <= maxSourceDistance) {
    near++;
  }
  index.withScratch(distance => {
    for (let i = 0; i < near; i++) {
      distance[order[i]] = distances[i];
    }
    try {
      for (let head = 0; head < near; head++) {
        const d = distances[head];
        if (d >= maxSourceDistance) {
          break;
        }
        const from = order[head];
        const end = edgeStart[from + 1];
        for (let e = edgeStart[from]; e < end; e++) {
          if (followed[edgeType[e]] && distance[edgeTarget[e]] === d + 1) {
            visit(from, edgeTarget[e], edgeType[e], d);
          }
        }
      }
    } finally {
      for (let i = 0; i < near; i++) {
        distance[order[i]] = -1;
      }
    }
  });
}
