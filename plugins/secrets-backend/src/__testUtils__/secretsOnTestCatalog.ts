import { BackendFeature } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { secretsReviewPermission } from '@stagecraft/plugin-secrets-common';
import {
  catalogReadsForUsers,
  startCatalog,
} from '@internal/stagecraft-test-utils';
import { secretsPlugin } from '../plugin';
import { TEST_CATALOG } from './testCatalog';

/**
 * The secrets backend on the test catalog, with `features` beside it (a permission policy,
 * its own database), once the catalog serves `expectedEntities`.
 */
export function secretsOnTestCatalog(
  expectedEntities: number,
  ...features: BackendFeature[]
) {
  return startCatalog({
    modules: ['portal-links'],
    files: { 'catalog.yaml': TEST_CATALOG },
    expectedEntities,
    features: [secretsPlugin, ...features],
  });
}

/** A policy decision that denies only the secrets review; catalog reads stay allowed. */
export function denyingSecretsReview(): BackendFeature {
  return mockServices.permissions.mock({
    authorize: async requests =>
      requests.map(r => ({
        result:
          r.permission.name === secretsReviewPermission.name
            ? AuthorizeResult.DENY
            : AuthorizeResult.ALLOW,
      })),
    authorizeConditional: async requests =>
      requests.map(() => ({ result: AuthorizeResult.ALLOW })),
  }).factory;
}

/** A policy under which users read every entity but the one named `name` (services read all). */
export function hidingFromUsers(name: string): BackendFeature {
  return catalogReadsForUsers({
    not: {
      rule: 'HAS_METADATA',
      resourceType: 'catalog-entity',
      params: { key: 'name', value: name },
    },
  }).factory;
}
