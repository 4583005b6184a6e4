import { CompoundEntityRef } from '@backstage/catalog-model';
import { createApiRef } from '@backstage/core-plugin-api';
import {
  CapacityReport,
  PipelineEdgeDrift,
  PipelineView,
  StageConfigResponse,
  StageMetrics,
  TimeRange,
} from '@stagecraft/plugin-pipelines-common';

/** Reads pipeline views, stage metrics and live configuration from the pipelines backend. */
export interface PipelinesApi {
  getPipelineView(
    pipeline: CompoundEntityRef,
    range: TimeRange,
  ): Promise<PipelineView>;
  getStageMetrics(
    stage: CompoundEntityRef,
    range: TimeRange,
  ): Promise<StageMetrics>;
  getStageConfig(stage: CompoundEntityRef): Promise<StageConfigResponse>;
  /** Edges the pipeline's YAML and AWS disagree on. */
  getEdgeDrift(pipeline: CompoundEntityRef): Promise<PipelineEdgeDrift>;
  /** A Component's or System's capacity against its expected peak. */
  getCapacity(entity: CompoundEntityRef): Promise<CapacityReport>;
}

export const pipelinesApiRef = createApiRef<PipelinesApi>({
  id: 'plugin.pipelines.service',
});
