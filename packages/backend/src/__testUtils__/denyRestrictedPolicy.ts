import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  AuthorizeResult,
  isResourcePermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';

/** Entities carrying this label are hidden from users. */
export const RESTRICTED_LABEL = 'restricted';

/**
 * A real policy for the route tests: users may not read catalog entities
 * labelled `restricted` (a conditional decision the catalog applies itself),
 * nor the company-wide secrets review; everything else is allowed.
 */
class DenyRestrictedPolicy implements PermissionPolicy {
  async handle(request: PolicyQuery): Promise<PolicyDecision> {
    const { permission } = request;
    if (permission.name === 'stagecraft.secrets.review') {
      return { result: AuthorizeResult.DENY };
    }
    if (
      isResourcePermission(permission, 'catalog-entity') &&
      permission.attributes.action === 'read'
    ) {
      return createCatalogConditionalDecision(permission, {
        not: catalogConditions.hasLabel({ label: RESTRICTED_LABEL }),
      });
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

export const denyRestrictedPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'deny-restricted-test-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy(new DenyRestrictedPolicy());
      },
    });
  },
});
