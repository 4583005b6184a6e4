import { ReactElement } from 'react';
import { Entity } from '@backstage/catalog-model';
import { InMemoryCatalogClient } from '@backstage/catalog-client/testUtils';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { secretsApiRef } from '../api';
import { rootRouteRef } from '../routes';
import { FakeSecretsApi } from './fixtures';

/**
 * Renders `element` on `entity`'s page, with the secrets API, a catalog holding `catalog`,
 * a permission API answering `permission` (ALLOW unless given), and links to other
 * entities' pages and to the Secrets page (at `/secrets`) resolvable.
 */
export function renderOnEntityPage(
  element: ReactElement,
  options: {
    entity: Entity;
    secretsApi: FakeSecretsApi;
    catalog?: Entity[];
    permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  },
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [secretsApiRef, options.secretsApi],
        [
          catalogApiRef,
          new InMemoryCatalogClient({ entities: options.catalog ?? [] }),
        ],
        [
          permissionApiRef,
          mockApis.permission({
            authorize: options.permission ?? AuthorizeResult.ALLOW,
          }),
        ],
      ]}
    >
      <EntityProvider entity={options.entity}>{element}</EntityProvider>
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/secrets': rootRouteRef,
      },
    },
  );
}
