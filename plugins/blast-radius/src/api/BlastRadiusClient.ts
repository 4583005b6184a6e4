import { CompoundEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  BLAST_RADIUS_ROUTES,
  BlastRadiusQuery,
  BlastRadiusResult,
  blastRadiusQueryToSearchParams,
} from '@stagecraft/plugin-blast-radius-common';
import { BlastRadiusApi } from './BlastRadiusApi';

export class BlastRadiusClient implements BlastRadiusApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getBlastRadius(
    entityRef: CompoundEntityRef,
    query: Partial<BlastRadiusQuery> = {},
  ): Promise<BlastRadiusResult> {
    const baseUrl = await this.discoveryApi.getBaseUrl('blast-radius');
    const path = BLAST_RADIUS_ROUTES.blastRadius.path(entityRef);
    const search = blastRadiusQueryToSearchParams(query).toString();
    const response = await this.fetchApi.fetch(
      `${baseUrl}${path}${search ? `?${search}` : ''}`,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.json();
  }
}
