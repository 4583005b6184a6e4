import { screen, within } from '@testing-library/react';
import { FAKE_USER } from '../../__testUtils__/fakeExemptions';
import { exemptionOf } from '../../__testUtils__/exemptionFixtures';
import {
  buttonOf,
  renderExemptionsPage as renderPage,
  REPLAYER,
  rowOf,
  user,
} from '../../__testUtils__/renderExemptionsPage';

jest.setTimeout(90_000);

// In its own file: usePermission caches decisions per permission for the whole module, so an
// approver's tests after a non-approver's would see the cached denial.

describe('ExemptionsPage as an approver', () => {
  it('lets an approver approve a request with a comment, and keeps each step in the audit trail', async () => {
    await renderPage({ approver: true });
    await user.click(await buttonOf(REPLAYER, 'Monitors', 'Approve'));
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
    await user.click(await buttonOf(REPLAYER, 'Monitors', 'Deny'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Deny' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'An approver may not decide their own exemption request',
    );
  });
});
