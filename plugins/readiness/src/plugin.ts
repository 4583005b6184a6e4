import {
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import { createClientApiFactory } from '@stagecraft/catalog-conventions-react';
import { readinessApiRef, ReadinessClient } from './api';
import {
  campaignRouteRef,
  campaignsRouteRef,
  exemptionsRouteRef,
  rootRouteRef,
} from './routes';

export const readinessPlugin = createPlugin({
  id: 'readiness',
  routes: {
    root: rootRouteRef,
    campaigns: campaignsRouteRef,
    campaign: campaignRouteRef,
    exemptions: exemptionsRouteRef,
  },
  apis: [createClientApiFactory(readinessApiRef, ReadinessClient)],
});

/** Readiness across the organisation; mount it at `/readiness`. */
export const ReadinessPage = readinessPlugin.provide(
  createRoutableExtension({
    name: 'ReadinessPage',
    component: () =>
      import('./components/ReadinessPage').then(m => m.ReadinessPage),
    mountPoint: rootRouteRef,
  }),
);

/** Score and every check of the current entity, with reasons and fix links. */
export const EntityReadinessCard = readinessPlugin.provide(
  createComponentExtension({
    name: 'EntityReadinessCard',
    component: {
      lazy: () =>
        import('./components/EntityReadinessCard').then(
          m => m.EntityReadinessCard,
        ),
    },
  }),
);

/** Runbooks, escalation policy and the owner's on-call contact, for whoever was paged. */
export const EntityOnCallCard = readinessPlugin.provide(
  createComponentExtension({
    name: 'EntityOnCallCard',
    component: {
      lazy: () =>
        import('./components/EntityOnCallCard').then(m => m.EntityOnCallCard),
    },
  }),
);

/** For System, Domain and Group pages: how ready everything in it is, and what is not. */
export const EntityReadinessSummaryCard = readinessPlugin.provide(
  createComponentExtension({
    name: 'EntityReadinessSummaryCard',
    component: {
      lazy: () =>
        import('./components/EntityReadinessSummaryCard').then(
          m => m.EntityReadinessSummaryCard,
        ),
    },
  }),
);

/** Readiness campaigns and each campaign's page; mount it at `/readiness/campaigns`. */
export const ReadinessCampaignsPage = readinessPlugin.provide(
  createRoutableExtension({
    name: 'ReadinessCampaignsPage',
    component: () =>
      import('./components/CampaignsPage').then(m => m.CampaignsRoutes),
    mountPoint: campaignsRouteRef,
  }),
);

/** The readiness campaigns the current entity is in, and what it still owes in each. */
export const EntityCampaignsCard = readinessPlugin.provide(
  createComponentExtension({
    name: 'EntityCampaignsCard',
    component: {
      lazy: () =>
        import('./components/EntityCampaignsCard').then(
          m => m.EntityCampaignsCard,
        ),
    },
  }),
);

/** Readiness exemptions, their decisions and audit trail; mount it at `/readiness/exemptions`. */
export const ReadinessExemptionsPage = readinessPlugin.provide(
  createRoutableExtension({
    name: 'ReadinessExemptionsPage',
    component: () =>
      import('./components/ExemptionsPage').then(m => m.ExemptionsPage),
    mountPoint: exemptionsRouteRef,
  }),
);
