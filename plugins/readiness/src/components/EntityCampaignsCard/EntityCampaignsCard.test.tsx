import { EntityProvider } from '@backstage/plugin-catalog-react';
import { act, screen, waitFor } from '@testing-library/react';
import { signalApiRef } from '@backstage/plugin-signals-react';
import type { CampaignProgress } from '@stagecraft/plugin-readiness-common';
import { exemptProgressFixture } from '../../__testUtils__/campaignFixtures';
import { fakeSignals } from '../../__testUtils__/fakeSignals';
import { EntityPages } from '../../__testUtils__/EntityPages';
import { held } from '../../__testUtils__/held';
import { renderCampaigns } from '../../__testUtils__/renderCampaigns';
import { user } from '../../__testUtils__/user';
import { EntityCampaignsCard } from './EntityCampaignsCard';

// Pages load again at once after a finished run, not after a random wait.
jest.mock('../../hooks/spreadDelay', () => ({ spreadDelayMs: () => 0 }));

jest.setTimeout(60_000);

const entity = (name: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'payments-team' },
});

/** The card on the page of the component `name`, over the campaign routes answering `progress`. */
const renderCard = (
  name: string,
  progress?: CampaignProgress,
  signals?: ReturnType<typeof fakeSignals>,
) =>
  renderCampaigns({
    path: '/',
    progress,
    apis: signals && [[signalApiRef, signals.api]],
    element: (
      <EntityProvider entity={entity(name)}>
        <EntityCampaignsCard />
      </EntityProvider>
    ),
  });

describe('EntityCampaignsCard', () => {
  afterEach(() => jest.restoreAllMocks());

  it("shows the entity's campaigns and what it still owes, with the fix", async () => {
    await renderCard('payments-api');
    expect(
      await screen.findByRole('link', { name: 'Cyber Week 2026' }),
    ).toHaveAttribute('href', '/readiness/campaigns/cyber-week-2026');
    expect(
      screen.getByText(/Due 2026-11-27 · still owes:/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/No load test within 2026-11-01 to 2026-11-27/),
    ).toBeInTheDocument();
  });

  it('shows a campaign done with an exemption, and the exemption', async () => {
    await renderCard('payments-api', exemptProgressFixture);
    expect(
      await screen.findByText(
        'Due 2026-11-27 · done: every required check passes or is exempt',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Exempt until 2027-01-31')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Load test booked for January, after the freeze (approved by maria.lopez)',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^Fix:/)).not.toBeInTheDocument();
  });

  it('shows what the entity owes anew once the backend signals that a run finished, keeping the old while it loads', async () => {
    const signals = fakeSignals();
    const backend = await renderCard('payments-api', undefined, signals);
    expect(
      await screen.findByText(/Due 2026-11-27 · still owes:/),
    ).toBeInTheDocument();

    const nextAnswer = held();
    backend.answerAfter(nextAnswer.promise);
    backend.showProgress(exemptProgressFixture);
    act(() => signals.runFinished());
    await waitFor(() => expect(backend.requests).toHaveLength(2));
    expect(
      screen.getByText(/Due 2026-11-27 · still owes:/),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('progress')).not.toBeInTheDocument();

    await act(async () => nextAnswer.release());
    expect(
      await screen.findByText(
        'Due 2026-11-27 · done: every required check passes or is exempt',
      ),
    ).toBeInTheDocument();
  });

  it("shows nothing of the previous entity's campaigns on the next entity's page", async () => {
    const backend = await renderCampaigns({
      path: '/',
      element: (
        <EntityPages entities={[entity('payments-api'), entity('elsewhere')]}>
          <EntityCampaignsCard />
        </EntityPages>
      ),
    });
    expect(
      await screen.findByRole('link', { name: 'Cyber Week 2026' }),
    ).toBeInTheDocument();

    const nextAnswer = held();
    backend.answerAfter(nextAnswer.promise);
    await user.click(screen.getByRole('button', { name: 'Next entity' }));
    expect(
      screen.queryByRole('link', { name: 'Cyber Week 2026' }),
    ).not.toBeInTheDocument();
    expect(screen.getByTestId('progress')).toBeInTheDocument();

    await act(async () => nextAnswer.release());
    expect(
      await screen.findByText('Not in any readiness campaign.'),
    ).toBeInTheDocument();
  });

  it('says when the entity is in no campaign', async () => {
    await renderCard('elsewhere');
    expect(
      await screen.findByText('Not in any readiness campaign.'),
    ).toBeInTheDocument();
  });
});
