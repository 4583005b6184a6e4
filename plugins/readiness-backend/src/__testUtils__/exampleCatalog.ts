import { Entity } from '@backstage/catalog-model';
import fs from 'fs';
import path from 'path';
import { parseAllDocuments } from 'yaml';

/** The repository's example catalog (catalog-info/), the one the portal loads. */
export const EXAMPLE_CATALOG_DIR = path.resolve(
  __dirname,
  '../../../../catalog-info',
);

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

/** Its entities with `metadata.namespace` set, as the catalog returns them. */
export function loadExampleCatalog(): Entity[] {
  return yamlFilesUnder(EXAMPLE_CATALOG_DIR).flatMap(file =>
    parseAllDocuments(fs.readFileSync(file, 'utf8'))
      .map(doc => doc.toJS() as Entity)
      .filter(entity => entity && entity.kind !== 'Location')
      .map(entity => ({
        ...entity,
        metadata: { namespace: 'default', ...entity.metadata },
      })),
  );
}
