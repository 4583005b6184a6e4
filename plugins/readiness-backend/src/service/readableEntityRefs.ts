import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';

/** Refs per catalog request, to keep request bodies small on large catalogs. */
const BATCH = 1000;

/**
 * The refs among `refs` that the caller may read: the catalog answers with
 * the caller's credentials, so its permission policy (conditional decisions
 * included) decides. An entity missing from the catalog is not readable.
 */
export async function readableEntityRefs(
  catalog: CatalogService,
  refs: Iterable<string>,
  credentials: BackstageCredentials,
): Promise<Set<string>> {
  const unique = [...new Set(refs)];
  const readable = new Set<string>();
  for (let start = 0; start < unique.length; start += BATCH) {
    const entityRefs = unique.slice(start, start + BATCH);
    const { items } = await catalog.getEntitiesByRefs(
      { entityRefs, fields: ['kind', 'metadata.namespace', 'metadata.name'] },
      { credentials },
    );
    items.forEach((item, index) => {
      if (item) readable.add(entityRefs[index]);
    });
  }
  return readable;
}

/** The items whose `entityRef` the caller may read, in their order. */
export async function onlyReadable<T extends { entityRef: string }>(
  catalog: CatalogService,
  items: T[],
  credentials: BackstageCredentials,
): Promise<T[]> {
  const readable = await readableEntityRefs(
    catalog,
    items.map(item => item.entityRef),
    credentials,
  );
  return items.filter(item => readable.has(item.entityRef));
}
