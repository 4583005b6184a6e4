import { identityApiRef } from '@backstage/core-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { mockApis } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, {
  PointerEventsCheckLevel,
} from '@testing-library/user-event';
import type { Exemption } from '@stagecraft/plugin-readiness-common';
import { exemptionOf } from '../../__testUtils__/exemptionFixtures';
import { fakeReadinessBackend } from '../../__testUtils__/fakeBackend';
import { FAKE_USER } from '../../__testUtils__/fakeExemptions';
import { renderWithReadinessApi } from '../../__testUtils__/renderWithReadinessApi';
import { ExemptionsPage } from './ExemptionsPage';

jest.setTimeout(90_000);

// Checking pointer-events walks computed styles, which is very slow with MUI's styles in jsdom.
const user = userEvent.setup({
  pointerEventsCheck: PointerEventsCheckLevel.Never,
});

const REPLAYER = 'component:default/event-replayer';
const STORED = [
  exemptionOf(REPLAYER, 'monitors', 'requested', '1'),
  exemptionOf('component:default/orders-api', 'runbook', 'approved', '2'),
  exemptionOf('component:default/cart', 'monitors', 'expired', '3'),
];

async function renderPage(options: {
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

/** Under load, the permission and identity answers can take a few seconds. */
const SLOW = { timeout: 10_000 };

const rowOf = (entity: string, check: string) =>
  screen.findByRole('row', { name: `${entity} ${check}` }, SLOW);

describe('ExemptionsPage', () => {
  it('lists exemptions and narrows them by state, check and entity from the URL', async () => {
    const { listed } = await renderPage({ approver: false });
    expect(
      within(await rowOf(REPLAYER, 'Monitors')).getByText('Awaiting approval'),
    ).toBeInTheDocument();
    const orders = await rowOf('component:default/orders-api', 'Runbook');
    expect(within(orders).getByText('Approved')).toBeInTheDocument();
    expect(within(orders).getByText('maria.lopez')).toBeInTheDocument();
    expect(
      within(await rowOf('component:default/cart', 'Monitors')).getByText(
        'Expired',
      ),
    ).toBeInTheDocument();
    // Not an approver: no decision buttons.
    expect(
      screen.queryByRole('button', { name: 'Approve' }),
    ).not.toBeInTheDocument();

    await user.click(screen.getByLabelText('State'));
    await user.click(await screen.findByRole('option', { name: 'Expired' }));
    await waitFor(() =>
      expect(screen.queryAllByRole('row', { name: /Runbook$/ })).toHaveLength(
        0,
      ),
    );
    expect(listed()).toEqual(['GET ', 'GET ?state=expired']);
  });

  it('opens with the filter in its URL', async () => {
    const { listed } = await renderPage({
      approver: false,
      path: `/readiness/exemptions?check=monitors&entity=${encodeURIComponent(
        REPLAYER,
      )}`,
    });
    expect(await rowOf(REPLAYER, 'Monitors')).toBeInTheDocument();
    expect(
      screen.queryByRole('row', { name: /cart Monitors$/ }),
    ).not.toBeInTheDocument();
    expect(listed()).toEqual([
      'GET ?checkId=monitors&entityRef=component%3Adefault%2Fevent-replayer',
    ]);
  });

  it('lets an approver approve a request with a comment, and keeps each step in the audit trail', async () => {
    await renderPage({ approver: true });
    const row = await rowOf(REPLAYER, 'Monitors');
    await user.click(
      await within(row).findByRole('button', { name: 'Approve' }, SLOW),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Approve the exemption from Monitors',
    });
    expect(dialog).toHaveTextContent(
      'jane.doe asks to let component:default/event-replayer off Monitors',
    );
    await user.click(within(dialog).getByLabelText('Comment'));
    await user.paste('Fine until the migration');
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));

    const approved = await rowOf(REPLAYER, 'Monitors');
    expect(await within(approved).findByText('Approved')).toBeInTheDocument();
    expect(within(approved).getByText('guest')).toBeInTheDocument();
    expect(
      within(approved).getByText('Fine until the migration'),
    ).toBeInTheDocument();

    await user.click(within(approved).getByRole('button', { name: 'History' }));
    const trail = await screen.findByRole('list', { name: 'Audit trail' });
    const steps = within(trail).getAllByRole('listitem');
    expect(steps.map(step => step.textContent)).toEqual([
      expect.stringMatching(/Requested by jane\.doe$/),
      expect.stringMatching(/Approved by guestFine until the migration$/),
    ]);
  });

  it("shows the backend's refusal when an approver decides their own request", async () => {
    await renderPage({
      approver: true,
      exemptions: [
        {
          ...exemptionOf(REPLAYER, 'monitors', 'requested'),
          requestedBy: FAKE_USER,
        },
      ],
    });
    const row = await rowOf(REPLAYER, 'Monitors');
    await user.click(
      await within(row).findByRole('button', { name: 'Deny' }, SLOW),
    );
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Deny' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'An approver may not decide their own exemption request',
    );
  });

  it('lets the requester withdraw their own exemption, and nobody else', async () => {
    await renderPage({ approver: false, userRef: 'user:default/jane.doe' });
    const orders = await rowOf('component:default/orders-api', 'Runbook');
    const expired = await rowOf('component:default/cart', 'Monitors');
    expect(
      within(expired).queryByRole('button', { name: 'Withdraw' }),
    ).not.toBeInTheDocument();
    await user.click(
      await within(orders).findByRole('button', { name: 'Withdraw' }, SLOW),
    );
    expect(
      await within(
        await rowOf('component:default/orders-api', 'Runbook'),
      ).findByText('Withdrawn'),
    ).toBeInTheDocument();
  });

  it('offers no withdraw to someone who did not request it', async () => {
    await renderPage({ approver: false, userRef: 'user:default/someone' });
    await rowOf(REPLAYER, 'Monitors');
    expect(
      screen.queryByRole('button', { name: 'Withdraw' }),
    ).not.toBeInTheDocument();
  });
});
