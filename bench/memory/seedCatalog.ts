import { randomUUID } from 'crypto';
import path from 'path';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import knexFactory, { Knex } from 'knex';

const CATALOG_PACKAGE = path.dirname(
  require.resolve('@backstage/plugin-catalog-backend/package.json'),
);

type SearchRow = {
  entity_id: string;
  key: string;
  value: string | null;
  original_value: string | null;
};

// The catalog's own search rows for an entity, loaded by path: not part of its public API.
const { buildEntitySearch } = require(path.join(
  CATALOG_PACKAGE,
  'dist/database/operations/stitcher/buildEntitySearch.cjs.js',
)) as { buildEntitySearch(entityId: string, entity: Entity): SearchRow[] };

/** Rows per INSERT: PostgreSQL takes them as one array per column. */
const BATCH_ROWS = 20_000;

async function insertColumns(
  knex: Knex,
  table: string,
  columns: Record<string, string>,
  rows: Array<Record<string, string | null>>,
): Promise<void> {
  const names = Object.keys(columns);
  for (let i = 0; i < rows.length; i += BATCH_ROWS) {
    const batch = rows.slice(i, i + BATCH_ROWS);
    await knex.raw(
      `INSERT INTO ${table} (${names.join(', ')}) SELECT * FROM unnest(${names
        .map(name => `?::${columns[name]}[]`)
        .join(', ')})`,
      // One array per column, nulls included (knex's types have no array of nullables).
      names.map(name => batch.map(row => row[name] ?? null) as string[]),
    );
  }
}

/** Entities written per round: their rows, not the whole catalog's, are held at once. */
const ENTITIES_PER_CHUNK = 5_000;

/** The tables written, in an order their foreign keys accept, and their column types. */
const TABLES = {
  refresh_state: {
    entity_id: 'text',
    entity_ref: 'text',
    unprocessed_entity: 'text',
    processed_entity: 'text',
    errors: 'text',
    next_update_at: 'timestamptz',
    last_discovery_at: 'timestamptz',
  },
  final_entities: {
    entity_id: 'text',
    entity_ref: 'text',
    final_entity: 'text',
    hash: 'text',
    last_updated_at: 'timestamptz',
  },
  relations: {
    originating_entity_id: 'text',
    source_entity_ref: 'text',
    type: 'text',
    target_entity_ref: 'text',
  },
  search: {
    entity_id: 'text',
    key: 'text',
    value: 'text',
    original_value: 'text',
  },
};
type Table = keyof typeof TABLES;

/** The rows processing and stitching would leave for `entities`, per table. */
function catalogRows(
  entities: Entity[],
): Record<Table, Array<Record<string, string | null>>> {
  const nextYear = new Date(Date.now() + 365 * 86_400_000).toISOString();
  const now = new Date().toISOString();
  const rows: Record<Table, Array<Record<string, string | null>>> = {
    refresh_state: [],
    final_entities: [],
    relations: [],
    search: [],
  };
  for (const entity of entities) {
    const id = randomUUID();
    const ref = stringifyEntityRef(entity);
    const { relations = [], ...processed } = entity;
    const final = {
      ...entity,
      metadata: { ...entity.metadata, uid: id, etag: id },
    };
    rows.refresh_state.push({
      entity_id: id,
      entity_ref: ref,
      unprocessed_entity: JSON.stringify(processed),
      processed_entity: JSON.stringify(processed),
      errors: '[]',
      next_update_at: nextYear,
      last_discovery_at: now,
    });
    rows.final_entities.push({
      entity_id: id,
      entity_ref: ref,
      final_entity: JSON.stringify(final),
      hash: id,
      last_updated_at: now,
    });
    for (const relation of relations) {
      rows.relations.push({
        originating_entity_id: id,
        source_entity_ref: ref,
        type: relation.type,
        target_entity_ref: relation.targetRef,
      });
    }
    rows.search.push(...buildEntitySearch(id, final));
  }
  return rows;
}

export interface SeededCatalog {
  entities: number;
  relations: number;
  searchRows: number;
}

/**
 * Writes `entities` (as the catalog serves them, relations included) into a fresh
 * catalog database at `connectionString`, as the catalog's processing and stitching would
 * leave them: `refresh_state` (processed, next refresh a year away), `final_entities`,
 * `relations` and `search`, after the catalog's own migrations. The catalog then serves
 * them without processing 100,000 entities first (about 80 a second on this machine).
 * Nothing references them (no location), so the backend must run with
 * `catalog.orphanStrategy: keep`.
 */
export async function seedCatalog(
  connectionString: string,
  entities: Entity[],
): Promise<SeededCatalog> {
  const knex = knexFactory({ client: 'pg', connection: connectionString });
  try {
    await knex.migrate.latest({
      directory: path.join(CATALOG_PACKAGE, 'migrations'),
    });
    const counts = { entities: 0, relations: 0, searchRows: 0 };
    for (let i = 0; i < entities.length; i += ENTITIES_PER_CHUNK) {
      const rows = catalogRows(entities.slice(i, i + ENTITIES_PER_CHUNK));
      for (const [table, columns] of Object.entries(TABLES)) {
        await insertColumns(knex, table, columns, rows[table as Table]);
      }
      counts.entities += rows.final_entities.length;
      counts.relations += rows.relations.length;
      counts.searchRows += rows.search.length;
    }
    await knex.raw('ANALYZE');
    return counts;
  } finally {
    await knex.destroy();
  }
}
