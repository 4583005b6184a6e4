import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { ApiRef } from '@backstage/core-plugin-api';
import { ReactElement } from 'react';
import { Route, Routes } from 'react-router-dom';
import type { CampaignProgress } from '@stagecraft/plugin-readiness-common';
import { readinessApiRef } from '../api';
import { campaignsRouteRef } from '../routes';
import { CampaignsRoutes } from '../components/CampaignsPage';
import { fakeCampaignBackend } from './campaignFixtures';

/**
 * Renders the campaigns pages mounted at /readiness/campaigns, opened at `path`, over a fake
 * backend answering with `progress`, with any further `apis`; returns that backend.
 */
export async function renderCampaigns(options: {
  path: string;
  progress?: CampaignProgress;
  permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  element?: ReactElement;
  apis?: ReadonlyArray<readonly [ApiRef<any>, any]>;
}) {
  const backend = fakeCampaignBackend(options.progress);
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [readinessApiRef, backend.client],
        [
          permissionApiRef,
          mockApis.permission({
            authorize: options.permission ?? AuthorizeResult.ALLOW,
          }),
        ],
        ...(options.apis ?? []),
      ]}
    >
      {options.element ?? (
        <Routes>
          <Route path="/readiness/campaigns/*" element={<CampaignsRoutes />} />
        </Routes>
      )}
    </TestApiProvider>,
    {
      routeEntries: [options.path],
      mountedRoutes: {
        '/readiness/campaigns': campaignsRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
  return backend;
}
