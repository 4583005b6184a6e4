import { entityRoute } from '@stagecraft/catalog-conventions-common';

/**
 * Routes of the pipelines backend under its base URL (`/api/pipelines`): the
 * backend registers these patterns and `PipelinesClient` calls these paths.
 */
export const PIPELINES_ROUTES = {
  /** `GET ?range=`: a pipeline Component's flow, `PipelineView`. */
  pipeline: entityRoute('pipeline'),
  /** `GET ?range=`: every metric of a stage, `StageMetrics`. */
  stageMetrics: entityRoute('metrics'),
  /** `GET`: a stage's live AWS configuration, `StageConfigResponse`. */
  stageConfig: entityRoute('config'),
  /** `GET`: edges a pipeline Component's YAML and AWS disagree on, `PipelineEdgeDrift`. */
  edgeDrift: entityRoute('drift'),
  /** `GET`: a Component's or System's capacity against its expected peak, `CapacityReport`. */
  capacity: entityRoute('capacity'),
} as const;
