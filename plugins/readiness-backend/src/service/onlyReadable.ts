import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { readableEntityRefs } from '@stagecraft/backend-node';

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
