/**
 * Catalog module that emits pipeline data-flow relations.
 *
 * @packageDocumentation
 */

export { catalogModulePipelines as default } from './module';
export { PipelineFlowProcessor } from './PipelineFlowProcessor';
