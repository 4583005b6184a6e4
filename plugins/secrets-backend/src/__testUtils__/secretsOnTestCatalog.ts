import { BackendFeature } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { secretsReviewPermission } from '@stagecraft/plugin-secrets-common';
import {
  asUser,
  catalogReadsForUsers,
  startCatalog,
  TestCatalog,
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

/**
 * Call in a `describe`: the secrets backend on the test catalog with the `features` made
 * by `featuresOf` (see `secretsOnTestCatalog`), started before the describe's tests and
 * stopped after them. `get` asks it as a signed-in user, or with the `header` given.
 */
export function secretsBackendForDescribe(
  expectedEntities: number,
  featuresOf: () => Promise<BackendFeature[]> | BackendFeature[] = () => [],
) {
  let started: TestCatalog | undefined;
  beforeAll(async () => {
    started = await secretsOnTestCatalog(
      expectedEntities,
      ...(await featuresOf()),
    );
  });
  afterAll(() => started?.stop());
  const backend = (): TestCatalog => {
    if (!started) throw new Error('The secrets backend has not started');
    return started;
  };
  return {
    backend,
    get: (path: string, header?: string) =>
      asUser(backend().server, header).get(path),
  };
}
