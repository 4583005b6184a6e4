export { BlastRadiusGraph, MAX_GRAPH_NODES } from './BlastRadiusGraph';
export type { BlastRadiusGraphProps } from './BlastRadiusGraph';
