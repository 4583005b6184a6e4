import { CompoundEntityRef } from '@backstage/catalog-model';
import { createApiRef } from '@backstage/core-plugin-api';
import type {
  DriftTrendResponse,
  EntityDriftResponse,
  SecretReviewItem,
  SecretsDriftResponse,
  SecretsReviewResponse,
} from '@stagecraft/plugin-secrets-common';

/** Reads the secrets review from the `secrets` backend plugin. */
export interface SecretsApi {
  /**
   * Every secret with its store, dependents and compliance. Rejects with a
   * `ResponseError` of status 403 when the user lacks `stagecraft.secrets.review`.
   */
  getReview(): Promise<SecretsReviewResponse>;

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
