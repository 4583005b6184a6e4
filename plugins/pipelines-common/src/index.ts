/**
 * Shared pipeline model for Stagecraft: annotations, the stage and flow model, the
 * CloudWatch metric catalogue, time ranges and health thresholds. Pure functions only.
 *
 * @packageDocumentation
 */

export * from './annotations';
export * from './api';
export * from './model/stageTypes';
export * from './model/awsTarget';
export * from './model/flowRefs';
export * from './model/pipelineFlow';
export * from './metrics/catalogue';
export * from './metrics/format';
export * from './metrics/series';
export * from './metrics/timeRange';
export * from './health/state';
export * from './health/thresholds';
export * from './health/evaluate';
export * from './health/judgeStageHealth';
export * from './lint/pipelineAnnotationProblems';
export * from './lint/pipelineLintRules';
export * from './routes';
