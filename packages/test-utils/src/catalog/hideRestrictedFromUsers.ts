import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';

/** The reads of a `CatalogService` (e.g. `catalogServiceMock`) that a permission policy shapes. */
export interface CatalogReads {
  getEntityByRef(ref: any, options?: any): Promise<Entity | undefined>;
  getEntitiesByRefs(
    request: { entityRefs: string[] },
    options?: any,
  ): Promise<{ items: Array<Entity | undefined> }>;
}

const deniedTo = (options: unknown, entity?: Entity) => {
  const credentials = (options as { credentials?: BackstageCredentials })
    ?.credentials;
  return (
    (credentials?.principal as { type?: string } | undefined)?.type ===
      'user' && entity?.metadata.labels?.restricted === 'true'
  );
};

/**
 * Shapes `catalog` the way a permission policy with conditional decisions
 * does: users do not get entities labelled `restricted: "true"`, while a
 * plugin's own (service) credentials get everything.
 */
export function hideRestrictedFromUsers<C extends CatalogReads>(catalog: C): C {
  const reads: CatalogReads = catalog;
  const getEntityByRef = reads.getEntityByRef.bind(catalog);
  const getEntitiesByRefs = reads.getEntitiesByRefs.bind(catalog);
  reads.getEntityByRef = async (ref, options) => {
    const entity = await getEntityByRef(ref, options);
    return deniedTo(options, entity) ? undefined : entity;
  };
  reads.getEntitiesByRefs = async (request, options) => {
    const { items } = await getEntitiesByRefs(
      { entityRefs: request.entityRefs },
      options,
    );
    return {
      items: items.map(entity =>
        deniedTo(options, entity) ? undefined : entity,
      ),
    };
  };
  return catalog;
}
