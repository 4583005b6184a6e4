import { ReactElement } from 'react';
import { Entity } from '@backstage/catalog-model';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { SignalApi, signalApiRef } from '@backstage/plugin-signals-react';
import { PipelinesApi, pipelinesApiRef } from '../api';
import { fakeApi } from './fixtures';

/**
 * Renders `element` on `entity`'s page, with links to other entities' pages resolvable;
 * with `signals`, as in a portal running the signals plugin.
 */
export function renderOnEntityPage(
  element: ReactElement,
  entity: Entity,
  api: PipelinesApi = fakeApi().api,
  signals?: SignalApi,
) {
  const page = <EntityProvider entity={entity}>{element}</EntityProvider>;
  return renderInTestApp(
    signals ? (
      <TestApiProvider
        apis={[
          [pipelinesApiRef, api],
          [signalApiRef, signals],
        ]}
      >
        {page}
      </TestApiProvider>
    ) : (
      <TestApiProvider apis={[[pipelinesApiRef, api]]}>{page}</TestApiProvider>
    ),
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}
