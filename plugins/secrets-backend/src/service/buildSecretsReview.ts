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
import { forEachInSlices, nextTurn, sortInSlices } from './sortInSlices';
import { buildSecretsCatalogViewInSlices } from './buildSecretsCatalogViewInSlices';

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
  return reviewAtOnce(reviewOf(items, view, config, now));
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
  const view = await buildSecretsCatalogViewInSlices(entities);
  const secrets = entities.filter(isSecret);
  const evaluated: SecretReviewItem[] = [];
  await forEachInSlices(secrets, SLICE, secret =>
    evaluated.push(buildSecretReviewItem(secret, view, config)),
  );
  // In the order of `localeCompare` (the default collator), as `buildSecretsReview` sorts.
  const { compare } = new Intl.Collator();
  const order = await sortInSlices(evaluated.length, (a, b) =>
    compare(evaluated[a].entityRef, evaluated[b].entityRef),
  );
  await nextTurn();
  const items = Array.from(order, i => evaluated[i]);
  await nextTurn();
  return reviewInTurns(reviewOf(items, view, config, now));
}

/** How many rows are keyed by secret and store per step of {@link reviewOf}. */
const ROWS_PER_STEP = 2000;

/**
 * The review of `items`, already in the order of their refs: a generator
 * whose every step keys {@link ROWS_PER_STEP} rows, and whose result is the
 * review (for `buildSecretsReviewInSlices` to take one step per turn).
 */
function* reviewOf(
  items: SecretReviewItem[],
  view: SecretsCatalogView,
  config: SecretsRulesConfig,
  now: Date,
): Generator<void, SecretsReview> {
  const itemsBySecret = new Map<string, SecretReviewItem>();
  const itemsByStore = new Map<string, SecretReviewItem[]>();
  for (let n = 0; n < items.length; n++) {
    if (n > 0 && n % ROWS_PER_STEP === 0) {
      yield;
    }
    const item = items[n];
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
  yield;

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

/** Runs {@link reviewOf} to its end at once. */
function reviewAtOnce(steps: Generator<void, SecretsReview>): SecretsReview {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs {@link reviewOf} one step per turn of the event loop. */
async function reviewInTurns(
  steps: Generator<void, SecretsReview>,
): Promise<SecretsReview> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTurn();
  }
}
