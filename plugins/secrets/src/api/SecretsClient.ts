import { CompoundEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import {
  SECRETS_ROUTES,
  type DriftTrendResponse,
  type EntityDriftResponse,
  type SecretReviewItem,
  type SecretsDriftResponse,
  type SecretsReviewPage,
  type SecretsReviewQuery,
} from '@stagecraft/plugin-secrets-common';
import { fetchFromBackend } from '@stagecraft/catalog-conventions-react';
import { SecretsApi } from './SecretsApi';

/**
 * Talks to the `secrets` backend plugin. `fetchApi` adds the user's Backstage
 * token; a non-2xx answer rejects with a `ResponseError` carrying its status.
 */
export class SecretsClient implements SecretsApi {
  constructor(
    private readonly options: {
      discoveryApi: DiscoveryApi;
      fetchApi: FetchApi;
    },
  ) {}

  getReview(query: SecretsReviewQuery): Promise<SecretsReviewPage> {
    return this.get(SECRETS_ROUTES.reviewPath(query));
  }

  async getReviewCsv(query: SecretsReviewQuery): Promise<string> {
    const response = await fetchFromBackend(
      this.options,
      'secrets',
      SECRETS_ROUTES.reviewCsvPath(query),
    );
    return response.text();
  }

  getSecret(secretRef: CompoundEntityRef): Promise<SecretReviewItem> {
    return this.get(SECRETS_ROUTES.entitySecrets.path(secretRef));
  }

  async getSecretsOfEntity(
    entityRef: CompoundEntityRef,
  ): Promise<SecretReviewItem[]> {
    const body = await this.get<SecretReviewItem[]>(
      SECRETS_ROUTES.entitySecrets.path(entityRef),
    );
    if (!Array.isArray(body)) {
      throw new Error(
        `Expected a list of secrets for ${entityRef.kind}:${
          entityRef.namespace
        }/${entityRef.name}, got ${typeof body}`,
      );
    }
    return body;
  }

  getDrift(): Promise<SecretsDriftResponse> {
    return this.get(SECRETS_ROUTES.drift);
  }

  getDriftTrend(days: number): Promise<DriftTrendResponse> {
    const query = new URLSearchParams({ days: String(days) });
    return this.get(`${SECRETS_ROUTES.driftTrend}?${query}`);
  }

  getEntityDrift(entityRef: CompoundEntityRef): Promise<EntityDriftResponse> {
    return this.get(SECRETS_ROUTES.entityDrift.path(entityRef));
  }

  private async get<T>(path: string): Promise<T> {
    const response = await fetchFromBackend(this.options, 'secrets', path);
    return (await response.json()) as T;
  }
}
