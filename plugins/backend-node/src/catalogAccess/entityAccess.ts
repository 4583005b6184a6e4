import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';

/** The one catalog read these answers need. */
export type EntityRefsReader = Pick<CatalogService, 'getEntitiesByRefs'>;

/** Refs per catalog request, to keep request bodies small on large catalogs. */
const BATCH = 1000;

const REF_FIELDS = ['kind', 'metadata.namespace', 'metadata.name'];

/**
 * The entities among `refs` that `credentials` may read, keyed by the ref as given, holding
 * the kind, namespace and name and the `fields` asked for (e.g. `metadata.title`). The
 * catalog answers with those credentials, so its permission policy (conditional decisions
 * included) decides; an entity missing from the catalog is not readable. One request per
 * 1000 distinct refs.
 */
export async function readableEntities(
  catalog: EntityRefsReader,
  refs: Iterable<string>,
  credentials: BackstageCredentials,
  options: { fields?: string[] } = {},
): Promise<Map<string, Entity>> {
  const unique = [...new Set(refs)];
  const fields = [...new Set([...REF_FIELDS, ...(options.fields ?? [])])];
  const readable = new Map<string, Entity>();
  for (let start = 0; start < unique.length; start += BATCH) {
    const entityRefs = unique.slice(start, start + BATCH);
    const { items } = await catalog.getEntitiesByRefs(
      { entityRefs, fields },
      { credentials },
    );
    items.forEach((entity, index) => {
      if (entity) readable.set(entityRefs[index], entity);
    });
  }
  return readable;
}

/** The refs among `refs` that `credentials` may read in the catalog. */
export async function readableEntityRefs(
  catalog: EntityRefsReader,
  refs: Iterable<string>,
  credentials: BackstageCredentials,
): Promise<Set<string>> {
  return new Set((await readableEntities(catalog, refs, credentials)).keys());
}

/**
 * Of `refs` a caller got nothing for, those the plugin's own credentials find: they exist and
 * the caller may not read them. The others are not in the catalog at all.
 */
export async function existingEntityRefs(
  catalog: EntityRefsReader,
  auth: Pick<AuthService, 'getOwnServiceCredentials'>,
  refs: Iterable<string>,
): Promise<Set<string>> {
  const unique = [...new Set(refs)];
  if (unique.length === 0) return new Set();
  return readableEntityRefs(
    catalog,
    unique,
    await auth.getOwnServiceCredentials(),
  );
}

/**
 * The refs among `refs` of entities that exist but `credentials` may not read: what an answer
 * computed with the plugin's own credentials must not name to that caller. Refs the catalog
 * does not hold at all are left out (they come from the entity's own YAML).
 */
export async function hiddenEntityRefs(
  catalog: EntityRefsReader,
  auth: Pick<AuthService, 'getOwnServiceCredentials'>,
  refs: Iterable<string>,
  credentials: BackstageCredentials,
): Promise<Set<string>> {
  const unique = [...new Set(refs)];
  const readable = await readableEntityRefs(catalog, unique, credentials);
  return existingEntityRefs(
    catalog,
    auth,
    unique.filter(ref => !readable.has(ref)),
  );
}
