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
import { nextTurn, sortInSlices } from './sortInSlices';

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
  return reviewOf(items, view, config, now);
}

/** How many secrets are evaluated between two turns of the event loop. */
const SLICE = 100;

/**
 * {@link buildSecretsReview} in slices of 100 secrets, letting the event loop
 * answer requests in between: computing 50,000 secrets takes many seconds,
 * and the backend keeps serving the last review meanwhile.
 */
export async function buildSecretsReviewInSlices(
  entities: Entity[],
  config: SecretsRulesConfig,
  now: Date = new Date(),
): Promise<SecretsReview> {
  const view = buildSecretsCatalogView(entities);
  const secrets = entities.filter(isSecret);
  const evaluated: SecretReviewItem[] = [];
  for (let start = 0; start < secrets.length; start += SLICE) {
    await nextTurn();
    for (const secret of secrets.slice(start, start + SLICE)) {
      evaluated.push(buildSecretReviewItem(secret, view, config));
    }
  }
  // In the order of `localeCompare` (the default collator), as `buildSecretsReview` sorts.
  const { compare } = new Intl.Collator();
  const order = await sortInSlices(evaluated.length, (a, b) =>
    compare(evaluated[a].entityRef, evaluated[b].entityRef),
  );
  await nextTurn();
  const items = Array.from(order, i => evaluated[i]);
  await nextTurn();
  return reviewOf(items, view, config, now);
}

/** The review of `items`, already in the order of their refs. */
function reviewOf(
  items: SecretReviewItem[],
  view: SecretsCatalogView,
  config: SecretsRulesConfig,
  now: Date,
): SecretsReview {
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
