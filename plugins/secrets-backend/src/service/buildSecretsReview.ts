import { Entity } from '@backstage/catalog-model';
import {
  buildSecretReviewItem,
  buildSecretsCatalogView,
  isSecret,
  SecretReviewItem,
  SecretsCatalogView,
  SecretsReviewResponse,
  SecretsRulesConfig,
  summarizeSecrets,
} from '@stagecraft/plugin-secrets-common';
import { refKey } from '@stagecraft/catalog-conventions-common';

/** A computed review: the response rows plus the indexes the other routes use. */
export type SecretsReview = {
  response: SecretsReviewResponse;
  /** The catalog the review was computed from, to evaluate secrets added since. */
  view: SecretsCatalogView;
  config: SecretsRulesConfig;
  /** Rows by secret `refKey`. */
  itemsBySecret: Map<string, SecretReviewItem>;
  /** Rows by store `refKey`. */
  itemsByStore: Map<string, SecretReviewItem[]>;
};

/** Evaluates every secret among `entities` against all of them. */
export function buildSecretsReview(
  entities: Entity[],
  config: SecretsRulesConfig,
  now: Date = new Date(),
): SecretsReview {
  const view = buildSecretsCatalogView(entities);
  const items = entities
    .filter(isSecret)
    .map(secret => buildSecretReviewItem(secret, view, config))
    .sort((a, b) => a.entityRef.localeCompare(b.entityRef));

  const itemsBySecret = new Map<string, SecretReviewItem>();
  const itemsByStore = new Map<string, SecretReviewItem[]>();
  for (const item of items) {
    itemsBySecret.set(refKey(item.entityRef), item);
    if (item.store) {
      const key = refKey(item.store.entityRef);
      const kept = itemsByStore.get(key);
      if (kept) {
        kept.push(item);
      } else {
        itemsByStore.set(key, [item]);
      }
    }
  }

  return {
    response: {
      items,
      summary: summarizeSecrets(items),
      generatedAt: now.toISOString(),
    },
    view,
    config,
    itemsBySecret,
    itemsByStore,
  };
}
