import { BlastRadiusIndex } from '../relationIndex/BlastRadiusIndex';
import { BlastRadiusQuery } from '../query/query';
import { relationTypesToFollow } from '../relations';
import { BlastRadiusResult } from '../types';
import { buildBlastRadiusResult } from './buildResult';
import { BlastRadiusTraversal, traverseBlastRadius } from './traverse';

/** The traversal for a query, or `undefined` when the start is not indexed. */
export function traverseForQuery(
  index: BlastRadiusIndex,
  entityRef: string,
  query: BlastRadiusQuery,
): BlastRadiusTraversal | undefined {
  const root = index.idOf(entityRef);
  if (root === undefined) {
    return undefined;
  }
  return traverseBlastRadius(index, root, {
    relationTypes: relationTypesToFollow(query.relations, query.direction),
    depth: query.depth,
  });
}

/**
 * The blast radius of one entity, or `undefined` when it is not indexed.
 * `isVisible` filters by read permission (see `buildBlastRadiusResult`).
 */
export function computeBlastRadius(
  index: BlastRadiusIndex,
  entityRef: string,
  query: BlastRadiusQuery,
  isVisible?: (entityRef: string) => boolean,
): BlastRadiusResult | undefined {
  const traversal = traverseForQuery(index, entityRef, query);
  if (!traversal) {
    return undefined;
  }
  return buildBlastRadiusResult(index, traversal, { ...query, isVisible });
}
