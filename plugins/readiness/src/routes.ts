import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

export const rootRouteRef = createRouteRef({
  id: 'readiness',
});

/** The readiness campaigns; mounted at `/readiness/campaigns`. */
export const campaignsRouteRef = createRouteRef({
  id: 'readiness-campaigns',
});

/** One campaign's page, `/readiness/campaigns/:id` (where notifications link). */
export const campaignRouteRef = createSubRouteRef({
  id: 'readiness-campaign',
  parent: campaignsRouteRef,
  path: '/:id',
});

/** Readiness exemptions: requests, decisions and their audit trail; `/readiness/exemptions`. */
export const exemptionsRouteRef = createRouteRef({
  id: 'readiness-exemptions',
});
