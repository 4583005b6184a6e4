import { act, screen, waitFor, within } from '@testing-library/react';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { downloadBlob } from '@stagecraft/catalog-conventions-react';
import { Link, Route, Routes } from 'react-router-dom';
import { exemptProgressFixture } from '../../__testUtils__/campaignFixtures';
import { fakeSignals } from '../../__testUtils__/fakeSignals';
import { held } from '../../__testUtils__/held';
import { renderCampaigns } from '../../__testUtils__/renderCampaigns';
import { user } from '../../__testUtils__/user';
import { CampaignsRoutes } from '../CampaignsPage';

// Pages load again at once after a finished run, not after a random wait.
jest.mock('../../hooks/spreadDelay', () => ({ spreadDelayMs: () => 0 }));

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

  it('shows the progress anew once the backend signals that a run finished, keeping the old while it loads', async () => {
    const signals = fakeSignals();
    const backend = await renderCampaigns({
      path: '/readiness/campaigns/cyber-week-2026',
      apis: [[signalApiRef, signals.api]],
    });
    expect(await screen.findByText('50% done')).toBeInTheDocument();
    const progressAsked = () =>
      backend.requests.filter(r => r.path.endsWith('/progress')).length;

    const nextAnswer = held();
    backend.answerAfter(nextAnswer.promise);
    backend.showProgress(exemptProgressFixture);
    act(() => signals.runFinished());
    await waitFor(() => expect(progressAsked()).toBe(2));
    expect(screen.getByText('50% done')).toBeInTheDocument();
    expect(screen.queryByTestId('progress')).not.toBeInTheDocument();

    await act(async () => nextAnswer.release());
    expect(await screen.findByText('100% done')).toBeInTheDocument();
  });

  it("shows nothing of the previous campaign on another campaign's page", async () => {
    const backend = await renderCampaigns({
      path: '/readiness/campaigns/cyber-week-2026',
      element: (
        <>
          <Link to="/readiness/campaigns/black-friday">Black Friday</Link>
          <Routes>
            <Route
              path="/readiness/campaigns/*"
              element={<CampaignsRoutes />}
            />
          </Routes>
        </>
      ),
    });
    expect(await screen.findByText('50% done')).toBeInTheDocument();

    const nextAnswer = held();
    backend.answerAfter(nextAnswer.promise);
    await user.click(screen.getByRole('link', { name: 'Black Friday' }));
    expect(screen.queryByText('50% done')).not.toBeInTheDocument();
    expect(screen.queryByText('Cyber Week 2026')).not.toBeInTheDocument();
    expect(screen.getByTestId('progress')).toBeInTheDocument();

    // The fake backend knows no such campaign.
    await act(async () => nextAnswer.release());
    expect(
      await screen.findByText(/^Request failed with status 404/),
    ).toBeInTheDocument();
    expect(screen.queryByText('50% done')).not.toBeInTheDocument();
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
