import { ReactElement } from 'react';
import { Entity } from '@backstage/catalog-model';
import { ApiRef } from '@backstage/core-plugin-api';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  renderInTestApp,
  TestApiProvider,
  TestAppOptions,
} from '@backstage/test-utils';

/**
 * Renders `element` (the legacy frontend system's test app) with the given `apis`, on
 * `entity`'s page when one is given, links to other entities' pages resolvable, any further
 * `routes` mounted (path to route ref), opened at `routeEntries` when given.
 */
export function renderWithApis(
  element: ReactElement,
  options: {
    apis: ReadonlyArray<readonly [ApiRef<any>, any]>;
    entity?: Entity;
    routes?: TestAppOptions['mountedRoutes'];
    routeEntries?: string[];
  },
) {
  return renderInTestApp(
    <TestApiProvider apis={options.apis}>
      {options.entity ? (
        <EntityProvider entity={options.entity}>{element}</EntityProvider>
      ) : (
        element
      )}
    </TestApiProvider>,
    {
      routeEntries: options.routeEntries,
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        ...options.routes,
      },
    },
  );
}

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
    routes?: TestAppOptions['mountedRoutes'];
  },
) {
  return renderWithApis(element, options);
}
