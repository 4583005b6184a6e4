/**
 * Shared pipeline model for Stagecraft: annotations, the stage and flow model, the
 * CloudWatch metrics of each stage type, time ranges and health thresholds. Pure functions only.
 *
 * @packageDocumentation
 */

// The shared names the pipelines read, exported here too as they were before they moved.
export {
  ANNOTATION_AWS_ARN,
  ANNOTATION_READS_FROM,
  ANNOTATION_ROADIE_LAMBDA_NAME,
  ANNOTATION_ROADIE_LAMBDA_REGION,
  ANNOTATION_WRITES_TO,
  RELATION_READ_BY,
  RELATION_READS_FROM,
  RELATION_WRITES_TO,
  RELATION_WRITTEN_BY,
  THRESHOLD_ANNOTATION_PREFIX,
} from '@stagecraft/catalog-conventions-common';
export * from './relations';
export * from './api';
export * from './model/stageTypes';
export * from './model/awsTarget';
export * from './model/flowRefs';
export * from './model/pipelineFlow';
export * from './metrics/metricProfiles';
export * from './metrics/format';
export * from './metrics/series';
export * from './metrics/timeRange';
export * from './health/state';
export * from './health/thresholds';
export * from './health/evaluate';
export * from './health/judgeStageHealth';
export * from './lint/pipelineAnnotationProblems';
export * from './lint/pipelineLintRules';
export * from './drift/edgeDrift';
export * from './routes';
export * from './signals';
export * from './capacity';
