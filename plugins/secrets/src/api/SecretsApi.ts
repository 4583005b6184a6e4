import { CompoundEntityRef } from '@backstage/catalog-model';
import { createApiRef } from '@backstage/core-plugin-api';
import type {
  DriftTrendResponse,
  EntityDriftResponse,
  SecretReviewItem,
  SecretsDriftResponse,
  SecretsReviewPage,
  SecretsReviewQuery,
} from '@stagecraft/plugin-secrets-common';

/** Reads the secrets review from the `secrets` backend plugin. */
export interface SecretsApi {
  /**
   * One page of the secrets the user may read, with their store, dependents
   * and compliance, filtered and sorted by the backend, and the totals and
   * summary of every match. Rejects with a `ResponseError` of status 403 when
   * the user lacks `stagecraft.secrets.review`.
   */
  getReview(query: SecretsReviewQuery): Promise<SecretsReviewPage>;

  /** Every secret the query's filters match, as the CSV export (paging is ignored). */
  getReviewCsv(query: SecretsReviewQuery): Promise<string>;

  /** The review row of one secret entity. */
  getSecret(secretRef: CompoundEntityRef): Promise<SecretReviewItem>;

  /**
   * For a secret store: the secrets kept there. For any other entity: the
   * secrets it depends on. Empty when there are none.
   */
  getSecretsOfEntity(entityRef: CompoundEntityRef): Promise<SecretReviewItem[]>;

  /**
   * Every store the user may read, reconciled with the catalog. Rejects with a
   * `ResponseError` of status 403 when the user lacks `stagecraft.secrets.review`.
   */
  getDrift(): Promise<SecretsDriftResponse>;

  /** Findings by kind and coverage for each of the last `days` days, oldest first. */
  getDriftTrend(days: number): Promise<DriftTrendResponse>;

  /** For a secret store: its last reconciliation. For a secret: what its store reports of it. */
  getEntityDrift(entityRef: CompoundEntityRef): Promise<EntityDriftResponse>;
}

export const secretsApiRef = createApiRef<SecretsApi>({
  id: 'plugin.secrets.service',
});
