import { ReactElement } from 'react';
import { Entity } from '@backstage/catalog-model';
import { SignalApi, signalApiRef } from '@backstage/plugin-signals-react';
import { renderOnEntityPage as renderOnPage } from '@internal/stagecraft-frontend-test-utils';
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
  return renderOnPage(element, {
    entity,
    apis: signals
      ? [
          [pipelinesApiRef, api],
          [signalApiRef, signals],
        ]
      : [[pipelinesApiRef, api]],
  });
}
