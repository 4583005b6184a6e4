import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import {
  SECRET_STORE_TYPE,
  SECRET_TYPE,
} from '@stagecraft/plugin-secrets-common';
import { refKey } from '@stagecraft/catalog-conventions-common';
import { applyConditions, canApplyLocally } from './catalogConditions';

/** The catalog's read permission (`catalogEntityReadPermission`), as the policy sees it. */
export const catalogEntityRead = createPermission({
  name: 'catalog.entity.read',
  attributes: { action: 'read' },
  resourceType: 'catalog-entity',
});

/**
 * Which secrets and stores a caller may read. `key` is the same for every
 * caller the decision treats alike, so what is computed from it can be shared.
 * Either `readable` answers from the entity itself, or `readableRefs` asks the
 * catalog (a policy rule this plugin cannot apply: once per caller).
 */
export type CatalogReadDecision = {
  key: string;
  readable?: (entity: Entity) => boolean;
  readableRefs?: () => Promise<Set<string>>;
};

function principalKey(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  return `${principal.type}:${principal.userEntityRef ?? principal.subject}`;
}

/**
 * Asks the permission framework once per request whether the caller may read
 * catalog entities: allowed, denied, or a conditional decision whose criteria
 * are applied here to the review's secrets and stores (the catalog's built-in
 * rules on kind, annotations, labels and owner). A decision naming another
 * rule is answered by one catalog query with the caller's credentials.
 */
export async function catalogReadDecision(
  permissions: PermissionsService,
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<CatalogReadDecision> {
  const [decision] = await permissions.authorizeConditional(
    [{ permission: catalogEntityRead }],
    { credentials },
  );
  if (decision.result === AuthorizeResult.ALLOW) {
    return { key: 'allow', readable: () => true };
  }
  if (decision.result !== AuthorizeResult.CONDITIONAL) {
    return { key: 'deny', readable: () => false };
  }
  const { conditions } = decision;
  if (canApplyLocally(conditions)) {
    return {
      key: `conditions:${JSON.stringify(conditions)}`,
      readable: entity => applyConditions(conditions, entity),
    };
  }
  return {
    key: `catalog:${principalKey(credentials)}`,
    readableRefs: async () => {
      const { items } = await catalog.getEntities(
        {
          filter: {
            kind: 'resource',
            'spec.type': [SECRET_TYPE, SECRET_STORE_TYPE],
          },
          fields: ['kind', 'metadata.namespace', 'metadata.name'],
        },
        { credentials },
      );
      return new Set(items.map(entity => refKey(entity)));
    },
  };
}
