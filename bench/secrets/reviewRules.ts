import fs from 'fs';
import path from 'path';
import { Entity } from '@backstage/catalog-model';
import { DEFAULT_SECRETS_RULES_CONFIG } from '@stagecraft/plugin-secrets-common';
import { buildSecretsReview } from '../../plugins/secrets-backend/src/service/buildSecretsReview';

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
  const times: number[] = [];
  let items = 0;
  let heapMb = 0;
  for (let round = 0; round < 3; round++) {
    gc();
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    const review = buildSecretsReview(entities, DEFAULT_SECRETS_RULES_CONFIG);
    JSON.stringify(review.response);
    times.push(performance.now() - started);
    gc();
    heapMb = mb(process.memoryUsage().heapUsed - before);
    items = review.response.items.length; // keeps the review alive until measured
  }
  return { items, ms: Math.round(Math.min(...times)), retainedHeapMb: heapMb };
}
