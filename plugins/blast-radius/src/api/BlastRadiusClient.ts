import { CompoundEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import {
  BLAST_RADIUS_ROUTES,
  BlastRadiusQuery,
  BlastRadiusResult,
  blastRadiusQueryToSearchParams,
} from '@stagecraft/plugin-blast-radius-common';
import { fetchFromBackend } from '@stagecraft/catalog-conventions-react';
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
    const path = BLAST_RADIUS_ROUTES.blastRadius.path(entityRef);
    const search = blastRadiusQueryToSearchParams(query).toString();
    const response = await fetchFromBackend(
      this.options,
      'blast-radius',
      `${path}${search ? `?${search}` : ''}`,
    );
    return response.json();
  }
}
