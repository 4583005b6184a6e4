import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import fs from 'fs';
import path from 'path';
import { parseAllDocuments } from 'yaml';

/** The repository's example catalog (catalog-info/), as the portal loads it. */
const EXAMPLE_CATALOG_DIR = path.resolve(__dirname, '../../../../catalog-info');

function yamlFilesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap(entry => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return yamlFilesUnder(full);
      return /\.ya?ml$/.test(entry.name) ? [full] : [];
    })
    .sort();
}

export function loadExampleCatalog(): Map<string, Entity> {
  const entities = yamlFilesUnder(EXAMPLE_CATALOG_DIR).flatMap(file =>
    parseAllDocuments(fs.readFileSync(file, 'utf8'))
      .map(doc => doc.toJS() as Entity)
      .filter(e => e && e.kind && e.kind !== 'Location'),
  );
  return new Map(entities.map(e => [stringifyEntityRef(e), e]));
}
