/**
 * Stagecraft pipelines: the Pipeline tab (flow diagram with live health and sparklines),
 * Metrics tabs for Lambdas, streams, queues and state machines, and a pipeline health card.
 *
 * @packageDocumentation
 */

export {
  pipelinesPlugin,
  EntityPipelineContent,
  EntityStageMetricsContent,
  EntityPipelineHealthCard,
  EntityCapacityCard,
} from './plugin';
export { pipelinesApiRef, PipelinesClient } from './api';
export type { PipelinesApi } from './api';
export {
  isPipelineEntity,
  hasLiveMetrics,
  hasExpectedPeak,
  PIPELINE_RELATIONS,
  PIPELINE_RELATION_PAIRS,
} from '@stagecraft/plugin-pipelines-common';
