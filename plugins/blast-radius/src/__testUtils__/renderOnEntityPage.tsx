import { ReactElement } from 'react';
import { Entity } from '@backstage/catalog-model';
import { ApiRef } from '@backstage/core-plugin-api';
import { renderOnEntityPage as renderOnPage } from '@internal/stagecraft-frontend-test-utils';
import { BlastRadiusApi, blastRadiusApiRef } from '../api';
import { FakeBlastRadiusApi } from './fakeBlastRadiusApi';

/**
 * Renders `element` on `entity`'s page with the blast radius API (a `FakeBlastRadiusApi`
 * unless given) and any further `apis`, with links to other entities' pages resolvable.
 */
export function renderOnEntityPage(
  element: ReactElement,
  options: {
    entity: Entity;
    blastRadiusApi?: BlastRadiusApi;
    apis?: ReadonlyArray<readonly [ApiRef<any>, any]>;
  },
) {
  return renderOnPage(element, {
    entity: options.entity,
    apis: [
      [blastRadiusApiRef, options.blastRadiusApi ?? new FakeBlastRadiusApi()],
      ...(options.apis ?? []),
    ],
  });
}
