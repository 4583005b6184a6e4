import { CompoundEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  PIPELINES_ROUTES,
  PipelineView,
  StageConfigResponse,
  StageMetrics,
  TimeRange,
} from '@stagecraft/plugin-pipelines-common';
import { PipelinesApi } from './PipelinesApi';

export class PipelinesClient implements PipelinesApi {
  constructor(
    private readonly options: {
      discoveryApi: DiscoveryApi;
      fetchApi: FetchApi;
    },
  ) {}

  private async get<T>(path: string): Promise<T> {
    const baseUrl = await this.options.discoveryApi.getBaseUrl('pipelines');
    const response = await this.options.fetchApi.fetch(`${baseUrl}${path}`);
    if (!response.ok) throw await ResponseError.fromResponse(response);
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
}
