import { ReactElement } from 'react';
import { Entity } from '@backstage/catalog-model';
import { InMemoryCatalogClient } from '@backstage/catalog-client/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { renderOnEntityPage as renderOnPage } from '@internal/stagecraft-frontend-test-utils';
import { rootRouteRef } from '../routes';
import { FakeSecretsApi } from './fixtures';
import { secretsTestApis } from './secretsTestApis';

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
  return renderOnPage(element, {
    entity: options.entity,
    apis: [
      ...secretsTestApis(
        options.secretsApi,
        options.permission ?? AuthorizeResult.ALLOW,
      ),
      [
        catalogApiRef,
        new InMemoryCatalogClient({ entities: options.catalog ?? [] }),
      ],
    ],
    routes: { '/secrets': rootRouteRef },
  });
}
