/**
 * Blast radius for Stagecraft: an in-memory index of catalog entities and
 * relations, breadth-first traversal (what breaks if an entity breaks, or what
 * it needs), owners with on-call contacts and runbooks, and their export as
 * Markdown, text and CSV. Pure code shared by the backend, the pages and the
 * benchmark.
 *
 * @packageDocumentation
 */

export * from './types';
export * from './catalogFields';
export * from './runbookLinkTypes';
export * from './relations';
export { BlastRadiusIndex } from './relationIndex/BlastRadiusIndex';
export type { IndexedEntity } from './relationIndex/BlastRadiusIndex';
export {
  forEachShortestPathEdge,
  traverseBlastRadius,
} from './traversal/traverse';
export type {
  BlastRadiusTraversal,
  TraverseOptions,
} from './traversal/traverse';
export { buildBlastRadiusResult } from './traversal/buildResult';
export type { BuildResultOptions } from './traversal/buildResult';
export {
  computeBlastRadius,
  traverseForQuery,
} from './traversal/computeBlastRadius';
export {
  ownersCsvColumns,
  formatOwnersAsCsv,
  formatOwnersAsMarkdown,
  formatOwnersAsText,
} from './owners/formatOwners';
export type { OwnersReport } from './owners/formatOwners';
export {
  reachedAdjective,
  reachedEntitiesPhrase,
} from './owners/directionWords';
export { groupBlastRadiusNodes } from './grouping/groupNodes';
export type {
  BlastRadiusGroup,
  BlastRadiusGroupBy,
} from './grouping/groupNodes';
export * from './query/query';
export * from './routes';
