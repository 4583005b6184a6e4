import { ReactElement } from 'react';
import { Entity } from '@backstage/catalog-model';
import { ApiRef, RouteRef } from '@backstage/core-plugin-api';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';

/**
 * Renders `element` on `entity`'s page (the legacy frontend system's test app) with the
 * given `apis`, links to other entities' pages resolvable, and any further `routes`
 * mounted (path to route ref).
 */
export function renderOnEntityPage(
  element: ReactElement,
  options: {
    entity: Entity;
    apis: ReadonlyArray<readonly [ApiRef<any>, any]>;
    routes?: Record<string, RouteRef>;
  },
) {
  return renderInTestApp(
    <TestApiProvider apis={options.apis}>
      <EntityProvider entity={options.entity}>{element}</EntityProvider>
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        ...options.routes,
      },
    },
  );
}
