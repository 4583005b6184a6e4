import { screen, waitFor, within } from '@testing-library/react';
import {
  buttonOf,
  renderExemptionsPage as renderPage,
  REPLAYER,
  rowOf,
  user,
} from '../../__testUtils__/renderExemptionsPage';

jest.setTimeout(90_000);

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
  it('lets the requester withdraw their own exemption, and nobody else', async () => {
    await renderPage({ approver: false, userRef: 'user:default/jane.doe' });
    await rowOf('component:default/orders-api', 'Runbook');
    const expired = await rowOf('component:default/cart', 'Monitors');
    expect(
      within(expired).queryByRole('button', { name: 'Withdraw' }),
    ).not.toBeInTheDocument();
    await user.click(
      await buttonOf('component:default/orders-api', 'Runbook', 'Withdraw'),
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
