export { PipelineFlowGraph } from './PipelineFlowGraph';
export type { PipelineFlowGraphProps } from './PipelineFlowGraph';
export { layoutFlow, edgePath } from './layout';
