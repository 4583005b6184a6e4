import fs from 'fs';
import path from 'path';
import { Entity } from '@backstage/catalog-model';
import { DEFAULT_SECRETS_RULES_CONFIG } from '@stagecraft/plugin-secrets-common';
import { buildSecretsReview } from '@stagecraft/plugin-secrets-backend';

const gc = () => (global as { gc?: () => void }).gc?.();
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * The review computed in-process on the whole generated catalog: the rules,
 * the rows and the JSON body, without the catalog reads. Independent of how
 * far the ingestion got.
 */
export function measureReviewRules(dir: string) {
  const entities: Entity[] = fs
    .readdirSync(dir)
    .filter(f => f !== 'all.yaml')
    .flatMap(f =>
      fs
        .readFileSync(path.join(dir, f), 'utf8')
        .split('\n---\n')
        .map(doc => JSON.parse(doc)),
    );
  gc();
  const before = process.memoryUsage().heapUsed;
  let started = performance.now();
  const review = buildSecretsReview(entities, DEFAULT_SECRETS_RULES_CONFIG);
  const json = JSON.stringify(review.response);
  const times = [performance.now() - started];
  gc();
  // the review and its JSON body, as the backend caches them
  const heapMb = mb(process.memoryUsage().heapUsed - before);
  const items = review.response.items.length;
  const bodyMb = mb(json.length);
  for (let round = 0; round < 2; round++) {
    started = performance.now();
    JSON.stringify(
      buildSecretsReview(entities, DEFAULT_SECRETS_RULES_CONFIG).response,
    );
    times.push(performance.now() - started);
  }
  return {
    items,
    bodyMb,
    ms: Math.round(Math.min(...times)),
    retainedHeapMb: heapMb,
  };
}
