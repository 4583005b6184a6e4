import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { ReactElement } from 'react';
import { Route, Routes } from 'react-router-dom';
import { ReadinessApi, readinessApiRef } from '../api';
import { campaignsRouteRef } from '../routes';
import { CampaignsRoutes } from '../components/CampaignsPage';

/** Renders the campaigns pages mounted at /readiness/campaigns, opened at `path`. */
export function renderCampaigns(options: {
  path: string;
  readinessApi: ReadinessApi;
  permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  element?: ReactElement;
}) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [readinessApiRef, options.readinessApi],
        [
          permissionApiRef,
          mockApis.permission({
            authorize: options.permission ?? AuthorizeResult.ALLOW,
          }),
        ],
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
}
