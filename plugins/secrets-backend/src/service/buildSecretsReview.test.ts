import { loadExampleCatalog } from '@internal/stagecraft-test-utils';
import {
  DEFAULT_SECRETS_RULES_CONFIG,
  evaluateSecrets,
} from '@stagecraft/plugin-secrets-common';
import {
  buildSecretsReview,
  buildSecretsReviewInSlices,
} from './buildSecretsReview';

describe('buildSecretsReview on the example catalog', () => {
  const entities = loadExampleCatalog();
  const review = buildSecretsReview(
    entities,
    DEFAULT_SECRETS_RULES_CONFIG,
    new Date('2030-01-01T00:00:00Z'),
  );
  const { items, summary } = review.response;

  it('has one row per secret, with the shared rules’ verdict', () => {
    const expected = evaluateSecrets(entities, DEFAULT_SECRETS_RULES_CONFIG);
    expect(items.map(i => i.compliance)).toEqual(
      [...expected].sort((a, b) => a.entityRef.localeCompare(b.entityRef)),
    );
    expect(summary.total).toBe(expected.length);
    expect(summary.nonCompliant).toBe(
      expected.filter(c => !c.compliant).length,
    );
    expect(review.response.generatedAt).toBe('2030-01-01T00:00:00.000Z');
  });

  it('resolves every store the catalog declares and indexes rows by store', () => {
    const stored = items.filter(i => i.store);
    expect(stored.length).toBeGreaterThan(20);
    for (const item of stored) {
      expect(
        review.itemsByStore.get(item.store!.entityRef.toLowerCase()),
      ).toContain(item);
    }
    expect(items.some(i => i.store && !i.store.approved)).toBe(true);
  });
});

describe('buildSecretsReviewInSlices', () => {
  it('gives the review buildSecretsReview gives, rows in the same order', async () => {
    const entities = loadExampleCatalog();
    const now = new Date('2030-01-01T00:00:00Z');
    const whole = buildSecretsReview(
      entities,
      DEFAULT_SECRETS_RULES_CONFIG,
      now,
    );
    const sliced = await buildSecretsReviewInSlices(
      [...entities].reverse(),
      DEFAULT_SECRETS_RULES_CONFIG,
      now,
    );
    expect(sliced.response).toEqual(whole.response);
    expect([...sliced.itemsByStore.keys()].sort()).toEqual(
      [...whole.itemsByStore.keys()].sort(),
    );
  });
});
