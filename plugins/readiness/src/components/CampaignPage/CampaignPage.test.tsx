import { act, screen, waitFor, within } from '@testing-library/react';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { downloadBlob } from '@stagecraft/catalog-conventions-react';
import { exemptProgressFixture } from '../../__testUtils__/campaignFixtures';
import { fakeSignals } from '../../__testUtils__/fakeSignals';
import { renderCampaigns } from '../../__testUtils__/renderCampaigns';
import { user } from '../../__testUtils__/user';

jest.mock('@stagecraft/catalog-conventions-react', () => ({
  ...jest.requireActual('@stagecraft/catalog-conventions-react'),
  downloadBlob: jest.fn(),
}));

jest.setTimeout(60_000);

describe('CampaignPage', () => {
  afterEach(() => jest.restoreAllMocks());

  it('shows progress now, the burn-up, the rollup by group and what a failing entity owes with its fix', async () => {
    const backend = await renderCampaigns({
      path: '/readiness/campaigns/cyber-week-2026',
    });
    expect(await screen.findByText('50% done')).toBeInTheDocument();
    expect(
      screen.getByText(
        /1 of 2 entities pass every required check; 1 still owe/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Load test: 1 failing')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Burn-up chart: 2 days, 1 of 2 done' }),
    ).toBeInTheDocument();

    const rollup = screen.getByRole('table', {
      name: 'Progress by owning group',
    });
    const rows = within(rollup).getAllByRole('row').slice(1);
    expect(rows.map(row => row.textContent)).toEqual([
      'commerce(with sub-groups)1 of 2150%',
      'checkout-team1 of 10100%',
      'payments-team0 of 110%',
    ]);

    const entities = screen.getByRole('table', {
      name: 'Entities in the campaign',
    });
    // Only those that still owe, by default.
    expect(within(entities).queryByText('cart')).toBeNull();
    expect(within(entities).getByText('payments-api')).toBeInTheDocument();
    expect(
      within(entities).getByText(
        /No load test within 2026-11-01 to 2026-11-27/,
      ),
    ).toBeInTheDocument();
    expect(
      within(entities).getByText(/Fix: Run a load test, then link its report/),
    ).toBeInTheDocument();
    await user.click(screen.getByLabelText('Only those that still owe'));
    expect(within(entities).getByText('cart')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(downloadBlob).toHaveBeenCalled());
    expect(backend.requests.map(r => `${r.method} ${r.path}`)).toContain(
      'GET /campaigns/cyber-week-2026/results.csv',
    );
    expect(screen.getByRole('button', { name: 'Edit' })).toBeInTheDocument();
  });

  it('shows the progress anew once the backend signals that a run finished', async () => {
    jest.spyOn(Math, 'random').mockReturnValue(0); // no spreading delay
    const signals = fakeSignals();
    const backend = await renderCampaigns({
      path: '/readiness/campaigns/cyber-week-2026',
      apis: [[signalApiRef, signals.api]],
    });
    expect(await screen.findByText('50% done')).toBeInTheDocument();

    backend.showProgress(exemptProgressFixture);
    act(() => signals.runFinished());
    expect(await screen.findByText('100% done')).toBeInTheDocument();
  });

  it('counts an entity done with an exemption as done, and shows it apart', async () => {
    await renderCampaigns({
      path: '/readiness/campaigns/cyber-week-2026',
      progress: exemptProgressFixture,
    });
    expect(await screen.findByText('100% done')).toBeInTheDocument();
    expect(
      screen.getByText(
        /2 of 2 entities pass every required check \(1 with an exemption\); 0 still owe/,
      ),
    ).toBeInTheDocument();
    const byGroup = screen.getByRole('table', {
      name: 'Progress by owning group',
    });
    expect(
      within(byGroup)
        .getAllByRole('row')
        .filter(row => row.textContent?.includes('(1 with an exemption)')),
    ).toHaveLength(2);
    await user.click(screen.getByLabelText('Only those that still owe'));
    const payments = screen.getByText('payments-api').closest('tr')!;
    expect(
      within(payments).getByText('Done with exemption'),
    ).toBeInTheDocument();
    expect(
      within(payments).getByText('Exempt until 2027-01-31'),
    ).toBeInTheDocument();
    const cart = screen.getByText('cart').closest('tr')!;
    expect(within(cart).getByText('Done')).toBeInTheDocument();
  });
});
