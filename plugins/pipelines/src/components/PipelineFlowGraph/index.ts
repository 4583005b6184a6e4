export { PipelineFlowGraph } from './PipelineFlowGraph';
export type { PipelineFlowGraphProps } from './PipelineFlowGraph';
export { layoutFlow, edgePath } from './layout';
export { DRIFT_EDGE_STYLES, drawnDrift } from './driftEdges';
