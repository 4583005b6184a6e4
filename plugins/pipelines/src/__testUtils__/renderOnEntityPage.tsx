import { ReactElement } from 'react';
import { Entity } from '@backstage/catalog-model';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { PipelinesApi, pipelinesApiRef } from '../api';
import { fakeApi } from './fixtures';

/** Renders `element` on `entity`'s page, with links to other entities' pages resolvable. */
export function renderOnEntityPage(
  element: ReactElement,
  entity: Entity,
  api: PipelinesApi = fakeApi().api,
) {
  return renderInTestApp(
    <TestApiProvider apis={[[pipelinesApiRef, api]]}>
      <EntityProvider entity={entity}>{element}</EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}
