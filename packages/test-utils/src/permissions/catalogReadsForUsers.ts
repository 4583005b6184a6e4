import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  PermissionCondition,
  PermissionCriteria,
} from '@backstage/plugin-permission-common';

const isUser = (options?: { credentials?: BackstageCredentials }) =>
  (options?.credentials?.principal as { type?: string } | undefined)?.type ===
  'user';

/**
 * A permissions service that answers catalog reads the way a catalog policy
 * with a conditional decision does: signed-in users read only the entities
 * matching `visibleToUsers`, while services (a plugin's own credentials) read
 * everything. Every other permission is allowed.
 */
export function catalogReadsForUsers(
  visibleToUsers: PermissionCriteria<PermissionCondition<'catalog-entity'>>,
) {
  return mockServices.permissions.mock({
    authorize: async requests =>
      requests.map(() => ({ result: AuthorizeResult.ALLOW })),
    authorizeConditional: async (requests, options) =>
      requests.map(() =>
        isUser(options)
          ? {
              result: AuthorizeResult.CONDITIONAL,
              pluginId: 'catalog',
              resourceType: 'catalog-entity',
              conditions: visibleToUsers,
            }
          : { result: AuthorizeResult.ALLOW },
      ) as any,
  });
}
