import { ReactElement } from 'react';
import { Entity } from '@backstage/catalog-model';
import { ApiRef } from '@backstage/core-plugin-api';
import { TestAppOptions } from '@backstage/test-utils';
import { renderWithApis } from '@internal/stagecraft-frontend-test-utils';
import { ReadinessApi, readinessApiRef } from '../api';

/**
 * Renders `element` with `readinessApi` and any further `apis`, on `entity`'s page when one is
 * given, with links to entity pages and any further `mountedRoutes` resolvable, opened at
 * `routeEntries` when given.
 */
export function renderWithReadinessApi(
  element: ReactElement,
  options: {
    readinessApi: ReadinessApi;
    entity?: Entity;
    apis?: ReadonlyArray<readonly [ApiRef<any>, any]>;
    mountedRoutes?: TestAppOptions['mountedRoutes'];
    routeEntries?: TestAppOptions['routeEntries'];
  },
) {
  return renderWithApis(element, {
    apis: [[readinessApiRef, options.readinessApi], ...(options.apis ?? [])],
    entity: options.entity,
    routes: options.mountedRoutes,
    routeEntries: options.routeEntries,
  });
}
