import { mockCredentials } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { catalogReadsForUsers } from './catalogReadsForUsers';

const other = createPermission({
  name: 'stagecraft.secrets.review',
  attributes: { action: 'read' },
});
const noSecrets = {
  not: {
    rule: 'HAS_SPEC',
    resourceType: 'catalog-entity' as const,
    params: { key: 'type', value: 'secret' },
  },
};

describe('catalogReadsForUsers', () => {
  const permissions = catalogReadsForUsers(noSecrets);

  it('gives users the conditional decision', async () => {
    const [decision] = await permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials: mockCredentials.user() },
    );
    expect(decision).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: noSecrets,
    });
  });

  it('lets services read everything and allows other permissions', async () => {
    const [decision] = await permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials: mockCredentials.service() },
    );
    expect(decision).toEqual({ result: AuthorizeResult.ALLOW });
    const [otherDecision] = await permissions.authorize(
      [{ permission: other }],
      { credentials: mockCredentials.user() },
    );
    expect(otherDecision).toEqual({ result: AuthorizeResult.ALLOW });
  });
});
