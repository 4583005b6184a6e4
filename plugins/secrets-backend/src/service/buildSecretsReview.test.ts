import fs from 'fs';
import path from 'path';
import { parseAllDocuments } from 'yaml';
import { Entity } from '@backstage/catalog-model';
import {
  DEFAULT_SECRETS_RULES_CONFIG,
  evaluateSecrets,
} from '@stagecraft/plugin-secrets-common';
import { buildSecretsReview } from './buildSecretsReview';

const catalogDir = path.resolve(__dirname, '../../../../catalog-info');

function exampleCatalog(): Entity[] {
  const index = parseAllDocuments(
    fs.readFileSync(path.join(catalogDir, 'all.yaml'), 'utf8'),
  )[0].toJS();
  return (index.spec.targets as string[]).flatMap(target =>
    parseAllDocuments(fs.readFileSync(path.join(catalogDir, target), 'utf8'))
      .map(doc => doc.toJS() as Entity)
      .filter(Boolean),
  );
}

describe('buildSecretsReview on the example catalog', () => {
  const entities = exampleCatalog();
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
