/**
 * Stagecraft operational readiness for the new frontend system: the Readiness page (with
 * its nav item), the campaigns pages, the exemptions page, the readiness client, and the readiness, on-call,
 * summary and campaigns entity cards.
 *
 * @packageDocumentation
 */
import {
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { createClientApiExtension } from '@stagecraft/catalog-conventions-react';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import AssignmentTurnedInIcon from '@material-ui/icons/AssignmentTurnedIn';
import FlagIcon from '@material-ui/icons/Flag';
import SnoozeIcon from '@material-ui/icons/Snooze';
import { readinessApiRef, ReadinessClient } from './api';
import { ReadinessChecksGate } from './components/ReadinessChecksGate';
import {
  campaignRouteRef,
  campaignsRouteRef,
  exemptionsRouteRef,
  rootRouteRef,
} from './routes';

const readinessApi = createClientApiExtension(readinessApiRef, ReadinessClient);

const campaignsPage = PageBlueprint.make({
  name: 'campaigns',
  params: {
    path: '/readiness/campaigns',
    routeRef: campaignsRouteRef,
    title: 'Campaigns',
    icon: <FlagIcon />,
    noHeader: true,
    loader: () =>
      import('./components/CampaignsPage').then(m => <m.CampaignsRoutes />),
  },
});

const exemptionsPage = PageBlueprint.make({
  name: 'exemptions',
  params: {
    path: '/readiness/exemptions',
    routeRef: exemptionsRouteRef,
    title: 'Exemptions',
    icon: <SnoozeIcon />,
    noHeader: true,
    loader: () =>
      import('./components/ExemptionsPage').then(m => <m.ExemptionsPage />),
  },
});

const readinessPage = PageBlueprint.make({
  params: {
    path: '/readiness',
    routeRef: rootRouteRef,
    title: 'Readiness',
    icon: <AssignmentTurnedInIcon />,
    // The page draws its own Backstage header.
    noHeader: true,
    loader: () =>
      import('./components/ReadinessPage').then(m => <m.ReadinessPage />),
  },
});

/**
 * A card where the legacy app places the readiness and on-call cards: every Component, and
 * Resources other than secrets and secret stores (which have their own overview). On a
 * Resource the card then hides itself unless a configured check applies.
 */
function componentOrResourceCard<TName extends string>(
  name: TName,
  loadCard: () => Promise<JSX.Element>,
) {
  return EntityCardBlueprint.make({
    name,
    params: {
      filter: {
        $any: [
          { kind: 'component' },
          {
            $all: [
              { kind: 'resource' },
              { $not: { 'spec.type': { $in: ['secret', 'secret-store'] } } },
            ],
          },
        ],
      },
      loader: () =>
        loadCard().then(card => (
          <ReadinessChecksGate>{card}</ReadinessChecksGate>
        )),
    },
  });
}

const readinessCard = componentOrResourceCard('readiness', () =>
  import('./components/EntityReadinessCard').then(m => (
    <m.EntityReadinessCard />
  )),
);

const onCallCard = componentOrResourceCard('on-call', () =>
  import('./components/EntityOnCallCard').then(m => <m.EntityOnCallCard />),
);

const campaignsCard = EntityCardBlueprint.make({
  name: 'campaigns',
  params: {
    filter: { kind: 'component' },
    loader: () =>
      import('./components/EntityCampaignsCard').then(m => (
        <m.EntityCampaignsCard />
      )),
  },
});

const readinessSummaryCard = EntityCardBlueprint.make({
  name: 'summary',
  params: {
    filter: { kind: 'system' },
    loader: () =>
      import('./components/EntityReadinessSummaryCard').then(m => (
        <m.EntityReadinessSummaryCard />
      )),
  },
});

export default createFrontendPlugin({
  pluginId: 'readiness',
  title: 'Readiness',
  icon: <AssignmentTurnedInIcon />,
  info: { packageJson: () => import('../package.json') },
  routes: {
    root: rootRouteRef,
    campaigns: campaignsRouteRef,
    campaign: campaignRouteRef,
    exemptions: exemptionsRouteRef,
  },
  extensions: [
    readinessApi,
    readinessPage,
    campaignsPage,
    exemptionsPage,
    onCallCard,
    readinessCard,
    readinessSummaryCard,
    campaignsCard,
  ],
});
