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

  /** An entity's facet over a time range. */
  private overRange<T>(
    route: { path(ref: CompoundEntityRef): string },
    ref: CompoundEntityRef,
    range: TimeRange,
  ): Promise<T> {
    return this.get(`${route.path(ref)}?range=${range}`);
  }

  getPipelineView(
    pipeline: CompoundEntityRef,
    range: TimeRange,
  ): Promise<PipelineView> {
    return this.overRange(PIPELINES_ROUTES.pipeline, pipeline, range);
  }

  getStageMetrics(
    stage: CompoundEntityRef,
    range: TimeRange,
  ): Promise<StageMetrics> {
    return this.overRange(PIPELINES_ROUTES.stageMetrics, stage, range);
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
