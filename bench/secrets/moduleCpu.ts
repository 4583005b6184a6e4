import fs from 'fs';
import path from 'path';
import { Entity } from '@backstage/catalog-model';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import {
  createLeakGuardParser,
  defaultEntityDataParser,
  ResolvedValuesLeakGuardProcessor,
  SecretLeakGuardProcessor,
  SecretStoreRelationsProcessor,
} from '@stagecraft/plugin-catalog-backend-module-secrets';

async function parseAll(
  parser: typeof defaultEntityDataParser,
  files: string[],
): Promise<Entity[]> {
  const entities: Entity[] = [];
  for (const file of files) {
    const location = { type: 'file', target: file };
    for await (const result of parser({
      data: fs.readFileSync(file),
      location,
    })) {
      if (result.type === 'entity') {
        entities.push(result.entity);
      }
    }
  }
  return entities;
}

/**
 * CPU time the module adds per entity, measured without the catalog around
 * it: the leak-guard parser versus the default parser, plus the processors.
 * Steadier than the ingestion comparison on a busy machine.
 */
export async function measureModuleCpu(dir: string) {
  const files = fs
    .readdirSync(dir)
    .filter(f => f !== 'all.yaml')
    .map(f => path.join(dir, f));
  const location = { type: 'file', target: path.join(dir, 'x.yaml') };
  const guard = new SecretLeakGuardProcessor();
  const resolvedGuard = new ResolvedValuesLeakGuardProcessor();
  const relations = new SecretStoreRelationsProcessor();
  const emitted: CatalogProcessorResult[] = [];

  // Alternate the two, five rounds each; compare the fastest of each.
  let plainBest = Infinity;
  let guardedBest = Infinity;
  let count = 0;
  for (let round = 0; round < 5; round++) {
    let started = performance.now();
    await parseAll(defaultEntityDataParser, files);
    plainBest = Math.min(plainBest, performance.now() - started);

    started = performance.now();
    const entities = await parseAll(createLeakGuardParser(), files);
    for (const entity of entities) {
      await guard.preProcessEntity(entity);
      await resolvedGuard.preProcessEntity(entity, location);
      await relations.postProcessEntity(entity, location, r => emitted.push(r));
    }
    guardedBest = Math.min(guardedBest, performance.now() - started);
    count = entities.length;
  }
  const best = Math.max(0, guardedBest - plainBest);
  return {
    entities: count,
    totalMs: Math.round(best),
    perEntityMs: Math.round((best / count) * 1000) / 1000,
  };
}
