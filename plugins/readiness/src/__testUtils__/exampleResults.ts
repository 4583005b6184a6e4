// Test-only: jest runs in Node, and the fixtures are the repository's real example catalog.
/* eslint-disable no-restricted-imports */
import { Entity } from '@backstage/catalog-model';
import { evaluateReadiness } from '@stagecraft/plugin-readiness-common';
import fs from 'fs';
import path from 'path';
import { parseAllDocuments } from 'yaml';

const CATALOG = path.resolve(__dirname, '../../../../catalog-info');

function yamlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(full);
    return entry.name.endsWith('.yaml') ? [full] : [];
  });
}

/** The example catalog (catalog-info/), as the catalog serves it. */
export const exampleEntities: Entity[] = yamlFiles(CATALOG)
  .sort()
  .flatMap(file =>
    parseAllDocuments(fs.readFileSync(file, 'utf8')).map(
      doc => doc.toJS() as Entity,
    ),
  )
  .filter(entity => entity && entity.kind !== 'Location')
  .map(entity => ({
    ...entity,
    metadata: { namespace: 'default', ...entity.metadata },
  }));

/** What the backend stores for the example catalog (catalog-only checks). */
export const exampleResults = evaluateReadiness(
  exampleEntities,
  undefined,
  new Date('2026-11-22T09:30:00Z'),
);

export function exampleEntity(ref: string): Entity {
  const found = exampleEntities.find(
    e =>
      `${e.kind}:default/${e.metadata.name}`.toLocaleLowerCase('en-US') === ref,
  );
  if (!found) throw new Error(`${ref} is not in the example catalog`);
  return found;
}
