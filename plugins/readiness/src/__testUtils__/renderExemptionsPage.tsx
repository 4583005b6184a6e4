import { identityApiRef } from '@backstage/core-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { mockApis } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import type { Exemption } from '@stagecraft/plugin-readiness-common';
import { ExemptionsPage } from '../components/ExemptionsPage';
import { exemptionOf } from './exemptionFixtures';
import { fakeReadinessBackend } from './fakeBackend';
import { FAKE_USER } from './fakeExemptions';
import { renderWithReadinessApi } from './renderWithReadinessApi';

export { user } from './user';

export const REPLAYER = 'component:default/event-replayer';
export const STORED = [
  exemptionOf(REPLAYER, 'monitors', 'requested', '1'),
  exemptionOf('component:default/orders-api', 'runbook', 'approved', '2'),
  exemptionOf('component:default/cart', 'monitors', 'expired', '3'),
];

/** The Exemptions page over a fake backend, as an approver or not, signed in as `userRef`. */
export async function renderExemptionsPage(options: {
  exemptions?: Exemption[];
  approver: boolean;
  userRef?: string;
  path?: string;
}) {
  const backend = fakeReadinessBackend({
    exemptions: options.exemptions ?? STORED,
  });
  await renderWithReadinessApi(<ExemptionsPage />, {
    readinessApi: backend.client,
    routeEntries: [options.path ?? '/readiness/exemptions'],
    apis: [
      [
        permissionApiRef,
        mockApis.permission({
          authorize: options.approver
            ? AuthorizeResult.ALLOW
            : AuthorizeResult.DENY,
        }),
      ],
      [
        identityApiRef,
        mockApis.identity({ userEntityRef: options.userRef ?? FAKE_USER }),
      ],
    ],
  });
  const listed = () =>
    backend.requests
      .filter(r => r.url.pathname === '/api/readiness/exemptions')
      .map(r => `${r.method} ${r.url.search}`);
  return { backend, listed };
}

export const rowOf = (entity: string, check: string) =>
  screen.findByRole('row', { name: `${entity} ${check}` });

/**
 * A row's button once it is there. The row is looked up again on each try: the buttons come
 * with the permission answer, and a busy machine may render the row anew meanwhile.
 */
export const buttonOf = (entity: string, check: string, name: string) =>
  waitFor(
    () =>
      within(screen.getByRole('row', { name: `${entity} ${check}` })).getByRole(
        'button',
        { name },
      ),
    { timeout: 30_000 },
  );
