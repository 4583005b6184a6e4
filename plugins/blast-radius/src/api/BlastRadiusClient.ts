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
  constructor(
    private readonly options: {
      discoveryApi: DiscoveryApi;
      fetchApi: FetchApi;
    },
  ) {}

  async getBlastRadius(
    entityRef: CompoundEntityRef,
    query: Partial<BlastRadiusQuery> = {},
  ): Promise<BlastRadiusResult> {
    const baseUrl = await this.options.discoveryApi.getBaseUrl('blast-radius');
    const path = BLAST_RADIUS_ROUTES.blastRadius.path(entityRef);
    const search = blastRadiusQueryToSearchParams(query).toString();
    const response = await this.options.fetchApi.fetch(
      `${baseUrl}${path}${search ? `?${search}` : ''}`,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.json();
  }
}
