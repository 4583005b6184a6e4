import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  SECRET_STORE_TYPE,
  SECRET_TYPE,
} from '@stagecraft/plugin-secrets-common';
import { refKey } from '@stagecraft/catalog-conventions-common';

/** What the rules need of every entity: its identity, type and dependencies. */
export const ENTITY_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'spec.type',
  'spec.dependsOn',
];

/**
 * What the rules and the review rows need of secrets and secret stores, and
 * what the catalog's read rules look at (labels, annotations, owner relations).
 */
export const SECRET_FIELDS = [
  ...ENTITY_FIELDS,
  'metadata.labels',
  'relations',
  'metadata.title',
  'metadata.description',
  'metadata.annotations',
  'metadata.links',
  'spec.owner',
  'spec.system',
  'spec.lifecycle',
];

async function collect(pages: AsyncIterable<Entity[]>): Promise<Entity[]> {
  const entities: Entity[] = [];
  for await (const page of pages) {
    entities.push(...page);
  }
  return entities;
}

/**
 * Reads the parts of the catalog the secret rules look at, in pages: a few
 * fields of every entity, and the fields a review row shows of secrets and
 * stores only.
 */
export async function loadSecretsCatalog(
  catalog: CatalogService,
  credentials: BackstageCredentials,
  pageSize = 1000,
): Promise<Entity[]> {
  const [all, secretsAndStores] = await Promise.all([
    collect(
      catalog.streamEntities(
        { fields: ENTITY_FIELDS, pageSize },
        { credentials },
      ),
    ),
    collect(
      catalog.streamEntities(
        {
          filter: {
            kind: 'resource',
            'spec.type': [SECRET_TYPE, SECRET_STORE_TYPE],
          },
          fields: SECRET_FIELDS,
          pageSize,
        },
        { credentials },
      ),
    ),
  ]);
  const byRef = new Map<string, Entity>();
  for (const entity of [...all, ...secretsAndStores]) {
    byRef.set(refKey(entity), entity);
  }
  return [...byRef.values()];
}
