import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { hideRestrictedFromUsers } from './hideRestrictedFromUsers';

const entity = (name: string, restricted = false): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    ...(restricted ? { labels: { restricted: 'true' } } : {}),
  },
});

const ENTITIES = [entity('orders-web'), entity('payroll-batch', true)];

function fakeCatalog() {
  const byRef = (ref: string) =>
    ENTITIES.find(e => stringifyEntityRef(e) === ref);
  return {
    getEntityByRef: async (ref: string, _options?: object) => byRef(ref),
    getEntitiesByRefs: async (
      request: { entityRefs: string[] },
      _options?: object,
    ) => ({
      items: request.entityRefs.map(byRef),
    }),
  };
}

const user = { credentials: mockCredentials.user() };
const service = { credentials: mockCredentials.service() };

describe('hideRestrictedFromUsers', () => {
  it('answers users as if restricted entities did not exist', async () => {
    const catalog = hideRestrictedFromUsers(fakeCatalog());
    expect(
      await catalog.getEntityByRef('component:default/payroll-batch', user),
    ).toBeUndefined();
    expect(
      (await catalog.getEntityByRef('component:default/orders-web', user))
        ?.metadata.name,
    ).toBe('orders-web');
    const { items } = await catalog.getEntitiesByRefs(
      {
        entityRefs: [
          'component:default/orders-web',
          'component:default/payroll-batch',
        ],
      },
      user,
    );
    expect(items.map(e => e?.metadata.name)).toEqual(['orders-web', undefined]);
  });

  it('gives a service every entity', async () => {
    const catalog = hideRestrictedFromUsers(fakeCatalog());
    expect(
      (await catalog.getEntityByRef('component:default/payroll-batch', service))
        ?.metadata.name,
    ).toBe('payroll-batch');
  });
});
