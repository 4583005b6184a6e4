import { Entity } from '@backstage/catalog-model';
import { ApiRef, FrontendFeature } from '@backstage/frontend-plugin-api';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';

/**
 * Renders the new frontend system's app with only `plugin` and the given `apis`, links to
 * entities' pages resolvable: on `entity`'s page when one is given, opened at `path` when
 * given, with `extensions` as the `app.extensions` configuration when given.
 */
export function renderPluginApp(
  plugin: FrontendFeature,
  options: {
    apis: ReadonlyArray<readonly [ApiRef<any>, any]>;
    entity?: Entity;
    path?: string;
    extensions?: object[];
  },
) {
  return renderTestApp({
    features: [plugin],
    extensions: options.entity
      ? [createTestEntityPage({ entity: options.entity })]
      : undefined,
    apis: options.apis as [ApiRef<any>, any][],
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    initialRouteEntries: options.path ? [options.path] : undefined,
    config: options.extensions
      ? { app: { extensions: options.extensions as any } }
      : undefined,
  });
}

/**
 * How long to wait for a lazily loaded page or extension of the new frontend system's app: the
 * first render transpiles them, slowly on a busy CI machine with a cold cache. Pair it with
 * `jest.setTimeout` of at least twice as long.
 */
export const LAZY_LOAD = { timeout: 45_000 };

/** Whether any link named `name` (hidden ones too: a collapsed nav) points at `href`. */
export function someLinkTo(name: RegExp | string, href: string): boolean {
  return screen
    .getAllByRole('link', { name, hidden: true })
    .some(link => link.getAttribute('href') === href);
}
