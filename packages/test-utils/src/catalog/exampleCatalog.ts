import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import fs from 'fs';
import { parseAllDocuments } from 'yaml';
import { yamlFilesUnder } from './yamlFilesUnder';

/** The repository's example catalog, the one the portal loads. */
export const EXAMPLE_CATALOG_DIR = resolvePackagePath(
  '@internal/stagecraft-test-utils',
  '../../catalog-info',
);

/**
 * Every entity of the example catalog except its Locations, with
 * `metadata.namespace` set, as the catalog serves them. Throws, naming the
 * folder, when the folder is missing or holds no entity: a test over the
 * example catalog must never pass on nothing.
 */
export function loadExampleCatalog(
  dir: string = EXAMPLE_CATALOG_DIR,
): Entity[] {
  if (!fs.existsSync(dir)) {
    throw new Error(`The example catalog folder ${dir} does not exist`);
  }
  const entities = yamlFilesUnder(dir).flatMap(file =>
    parseAllDocuments(fs.readFileSync(file, 'utf8'))
      .map(doc => doc.toJS() as Entity)
      .filter(entity => entity?.kind && entity.kind !== 'Location')
      .map(entity => ({
        ...entity,
        metadata: { namespace: 'default', ...entity.metadata },
      })),
  );
  if (entities.length === 0) {
    throw new Error(`The example catalog folder ${dir} holds no entities`);
  }
  return entities;
}

/** The example catalog by entity ref (`kind:namespace/name`). */
export function exampleCatalogByRef(
  dir: string = EXAMPLE_CATALOG_DIR,
): Map<string, Entity> {
  return new Map(loadExampleCatalog(dir).map(e => [stringifyEntityRef(e), e]));
}
