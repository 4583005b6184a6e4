import { ReactElement } from 'react';
import { Entity } from '@backstage/catalog-model';
import { InMemoryCatalogClient } from '@backstage/catalog-client/testUtils';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { secretsApiRef } from '../api';
import { FakeSecretsApi } from './fixtures';

/**
 * Renders `element` on `entity`'s page, with the secrets API, a catalog holding `catalog`,
 * and links to other entities' pages resolvable.
 */
export function renderOnEntityPage(
  element: ReactElement,
  options: { entity: Entity; secretsApi: FakeSecretsApi; catalog?: Entity[] },
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [secretsApiRef, options.secretsApi],
        [
          catalogApiRef,
          new InMemoryCatalogClient({ entities: options.catalog ?? [] }),
        ],
      ]}
    >
      <EntityProvider entity={options.entity}>{element}</EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}
