import { AuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ownerRefOf } from '@stagecraft/catalog-conventions-common';

/** Reads an entity's owner (`spec.owner` as a full ref) with the plugin's own credentials. */
export function entityOwnerReader(catalog: CatalogService, auth: AuthService) {
  return async (entityRef: string): Promise<string | undefined> => {
    const credentials = await auth.getOwnServiceCredentials();
    const entity = await catalog.getEntityByRef(entityRef, { credentials });
    const owner = entity ? ownerRefOf(entity)?.ref : undefined;
    return owner ? stringifyEntityRef(owner) : undefined;
  };
}
