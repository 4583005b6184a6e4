import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { refKey } from '@stagecraft/catalog-conventions-common';
import {
  BLAST_RADIUS_ENTITY_FIELDS,
  BLAST_RADIUS_ORG_FIELDS,
  BlastRadiusIndex,
} from '@stagecraft/plugin-blast-radius-common';

export interface LoadCatalogIndexOptions {
  catalog: CatalogService;
  credentials: BackstageCredentials;
  pageSize: number;
  logger: LoggerService;
}

/**
 * Reads the whole catalog page by page with only the fields the blast radius
 * needs (Groups and Users also with annotations and profile, for on-call
 * contacts) and builds the index.
 */
export async function loadCatalogIndex(
  options: LoadCatalogIndexOptions,
): Promise<BlastRadiusIndex> {
  const { catalog, credentials, pageSize, logger } = options;
  const started = Date.now();

  const org = new Map<string, Entity>();
  for await (const page of catalog.streamEntities(
    {
      filter: { kind: ['group', 'user'] },
      fields: [...BLAST_RADIUS_ORG_FIELDS],
      pageSize,
    },
    { credentials },
  )) {
    for (const entity of page) {
      org.set(refKey(entity), entity);
    }
  }

  const entities: Entity[] = [];
  for await (const page of catalog.streamEntities(
    { fields: [...BLAST_RADIUS_ENTITY_FIELDS], pageSize },
    { credentials },
  )) {
    for (const entity of page) {
      const extra = org.get(refKey(entity));
      if (extra) {
        entity.metadata.annotations = extra.metadata.annotations;
        entity.spec = { ...entity.spec, profile: extra.spec?.profile };
      }
      entities.push(entity);
    }
  }

  const index = BlastRadiusIndex.fromEntities(entities);
  logger.info(
    `Loaded blast radius index: ${index.size} entities, ${
      index.relationCount
    } relations in ${Date.now() - started} ms`,
  );
  for (const problem of index.problems) {
    logger.warn(`Blast radius index: ${problem}`);
  }
  return index;
}
