import { CompoundEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import {
  CapacityReport,
  PIPELINES_ROUTES,
  PipelineEdgeDrift,
  PipelineView,
  StageConfigResponse,
  StageMetrics,
  TimeRange,
} from '@stagecraft/plugin-pipelines-common';
import { fetchFromBackend } from '@stagecraft/catalog-conventions-react';
import { PipelinesApi } from './PipelinesApi';

export class PipelinesClient implements PipelinesApi {
  constructor(
    private readonly options: {
      discoveryApi: DiscoveryApi;
      fetchApi: FetchApi;
    },
  ) {}

  private async get<T>(path: string): Promise<T> {
    const response = await fetchFromBackend(this.options, 'pipelines', path);
    return (await response.json()) as T;
  }

  getPipelineView(
    pipeline: CompoundEntityRef,
    range: TimeRange,
  ): Promise<PipelineView> {
    return this.get(
      `${PIPELINES_ROUTES.pipeline.path(pipeline)}?range=${range}`,
    );
  }

  getStageMetrics(
    stage: CompoundEntityRef,
    range: TimeRange,
  ): Promise<StageMetrics> {
    return this.get(
      `${PIPELINES_ROUTES.stageMetrics.path(stage)}?range=${range}`,
    );
  }

  getStageConfig(stage: CompoundEntityRef): Promise<StageConfigResponse> {
    return this.get(PIPELINES_ROUTES.stageConfig.path(stage));
  }

  getEdgeDrift(pipeline: CompoundEntityRef): Promise<PipelineEdgeDrift> {
    return this.get(PIPELINES_ROUTES.edgeDrift.path(pipeline));
  }

  getCapacity(entity: CompoundEntityRef): Promise<CapacityReport> {
    return this.get(PIPELINES_ROUTES.capacity.path(entity));
  }
}
