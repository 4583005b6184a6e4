export { EntityPipelineContent } from './EntityPipelineContent';
export { selectStage } from './selectStage';
