import { act, screen, waitFor } from '@testing-library/react';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { Route, Routes } from 'react-router-dom';
import { rootRouteRef } from '../../routes';
import {
  exampleEntity,
  exampleResults,
} from '../../__testUtils__/exampleResults';
import {
  FakeBackendOptions,
  fakeReadinessBackend,
} from '../../__testUtils__/fakeBackend';
import { fakeSignals } from '../../__testUtils__/fakeSignals';
import { EntityPages } from '../../__testUtils__/EntityPages';
import { held } from '../../__testUtils__/held';
import { renderWithReadinessApi } from '../../__testUtils__/renderWithReadinessApi';
import { exemptionOf } from '../../__testUtils__/exemptionFixtures';
import type {
  EntityReadiness,
  Exemption,
} from '@stagecraft/plugin-readiness-common';
import { user } from '../../__testUtils__/user';
import { ReadinessPage } from '../ReadinessPage';
import {
  EntityReadinessSummaryCard,
  NOT_READY_SHOWN,
} from './EntityReadinessSummaryCard';

// Pages load again at once after a finished run, not after a random wait.
jest.mock('../../hooks/spreadDelay', () => ({ spreadDelayMs: () => 0 }));

/** `count` results owned by `owner`, the first `failing` of them failing a check. */
function resultsOwnedBy(owner: string, count: number, failing: number) {
  const [failed, passed] = ['fail', 'pass'].map(
    status => exampleResults.find(r => r.status === status)!,
  );
  return Array.from({ length: count }, (_, i) => ({
    ...(i < failing ? failed : passed),
    entityRef: `component:default/service-${i}`,
    owner,
  }));
}

const TEAM = 'group:default/data-platform-team';

/**
 * The card on the team's page, over a fake backend holding `results` and `exemptions` (its
 * `state`, which a test may change), with `signals` when given; the Readiness page, over the
 * same backend, where the card links to it.
 */
async function renderTeamCard(
  results: EntityReadiness[],
  exemptions?: Exemption[],
  signals?: ReturnType<typeof fakeSignals>,
) {
  const state: FakeBackendOptions = { results, exemptions };
  const backend = fakeReadinessBackend(state);
  await renderWithReadinessApi(
    <Routes>
      <Route path="/readiness" element={<ReadinessPage />} />
      <Route path="*" element={<EntityReadinessSummaryCard />} />
    </Routes>,
    {
      readinessApi: backend.client,
      entity: exampleEntity(TEAM),
      mountedRoutes: { '/readiness': rootRouteRef },
      apis: signals && [[signalApiRef, signals.api]],
    },
  );
  return { ...backend, state };
}

describe('EntityReadinessSummaryCard', () => {
  afterEach(() => jest.restoreAllMocks());

  it('summarises anew once the backend signals that a run finished, keeping the old summary while it loads', async () => {
    const signals = fakeSignals();
    const { state, requests } = await renderTeamCard(
      resultsOwnedBy(TEAM, 3, 2),
      [],
      signals,
    );
    expect(await screen.findByText(/^1 of 3 ready/)).toBeInTheDocument();

    const nextAnswer = held();
    state.answersWaitFor = nextAnswer.promise;
    state.results = resultsOwnedBy(TEAM, 3, 0);
    act(() => signals.runFinished());
    await waitFor(() => expect(requests).toHaveLength(6));
    expect(screen.getByText(/^1 of 3 ready/)).toBeInTheDocument();
    expect(screen.queryByTestId('progress')).not.toBeInTheDocument();

    await act(async () => nextAnswer.release());
    expect(await screen.findByText(/^3 of 3 ready/)).toBeInTheDocument();
  });

  it("shows nothing of the previous group's summary on the next group's page", async () => {
    const OTHER_TEAM = 'group:default/sre-team';
    const state: FakeBackendOptions = {
      results: [
        ...resultsOwnedBy(TEAM, 3, 2),
        ...resultsOwnedBy(OTHER_TEAM, 2, 0).map((result, i) => ({
          ...result,
          entityRef: `component:default/sre-service-${i}`,
        })),
      ],
    };
    const backend = fakeReadinessBackend(state);
    await renderWithReadinessApi(
      <EntityPages entities={[exampleEntity(TEAM), exampleEntity(OTHER_TEAM)]}>
        <EntityReadinessSummaryCard />
      </EntityPages>,
      {
        readinessApi: backend.client,
        mountedRoutes: { '/readiness': rootRouteRef },
      },
    );
    expect(await screen.findByText(/^1 of 3 ready/)).toBeInTheDocument();
    expect(screen.getByText('service-0')).toBeInTheDocument();

    const nextAnswer = held();
    state.answersWaitFor = nextAnswer.promise;
    await user.click(screen.getByRole('button', { name: 'Next entity' }));
    expect(screen.queryByText(/^1 of 3 ready/)).not.toBeInTheDocument();
    expect(screen.queryByText('service-0')).not.toBeInTheDocument();
    expect(screen.getByTestId('progress')).toBeInTheDocument();

    await act(async () => nextAnswer.release());
    expect(await screen.findByText(/^2 of 2 ready/)).toBeInTheDocument();
  });

  it('summarises the readiness of an owner group and lists what is not ready', async () => {
    const backend = await renderTeamCard(exampleResults);
    expect(
      await screen.findByText('8 of 11 ready · average score 93'),
    ).toBeInTheDocument();
    expect(screen.getByText('event-replayer')).toBeInTheDocument();
    expect(screen.getByText('Fails: Runbook, Monitors')).toBeInTheDocument();
    expect(backend.requests.map(r => r.url.search)).toEqual([
      '?owner=group%3Adefault%2Fdata-platform-team&limit=1',
      '?owner=group%3Adefault%2Fdata-platform-team&failing=true&limit=10',
      '?owner=group%3Adefault%2Fdata-platform-team&exempted=true&passing=true&limit=10',
    ]);
    expect(screen.queryByText(/more$/)).not.toBeInTheDocument();
  });

  it('keeps the status chip apart from the entity link before it', async () => {
    await renderTeamCard(exampleResults);
    const link = await screen.findByRole('link', { name: 'event-replayer' });
    const chip = link.closest('li')!.querySelector('.MuiChip-root')!;
    expect(chip).toHaveTextContent('Not ready');
    expect(chip).toHaveStyle({ marginLeft: '8px' });
  });

  it('counts an entity ready by an exemption as ready and names its exempt check', async () => {
    await renderTeamCard(exampleResults, [
      exemptionOf('component:default/event-replayer', 'monitors', 'approved'),
    ]);
    expect(
      await screen.findByText(
        '9 of 11 ready · average score 95 · 1 with an exemption',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('event-replayer')).toBeInTheDocument();
    expect(
      screen.getByText('Exempt: Monitors', { exact: false }),
    ).toBeInTheDocument();
  });

  it('names the exempt check of an entity still not ready', async () => {
    await renderTeamCard(exampleResults, [
      exemptionOf('resource:default/events-dlq', 'monitors', 'approved'),
    ]);
    expect(
      await screen.findByText('Fails: Runbook · Exempt: Monitors'),
    ).toBeInTheDocument();
    // Not ready and with an exemption: listed once.
    expect(screen.getAllByText('events-dlq')).toHaveLength(1);
  });

  it('asks three small pages of a big group, not all of its results, and links to the rest not ready', async () => {
    const backend = await renderTeamCard(resultsOwnedBy(TEAM, 1200, 30));
    expect(
      await screen.findByText(/^1170 of 1200 ready · average score/),
    ).toBeInTheDocument();
    expect(backend.requests).toHaveLength(3);
    expect(screen.getAllByRole('listitem')).toHaveLength(NOT_READY_SHOWN);
    expect(screen.getByText('service-0')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: `and ${30 - NOT_READY_SHOWN} more` }),
    ).toHaveAttribute(
      'href',
      '/readiness?owner=group%3Adefault%2Fdata-platform-team&failing=true',
    );
  });

  it('lists the first of many ready by an exemption, once each, and links to the rest', async () => {
    const replayer = exampleResults.find(r =>
      r.entityRef.endsWith('/event-replayer'),
    )!;
    const replayers = Array.from({ length: NOT_READY_SHOWN + 2 }, (_, i) => ({
      ...replayer,
      entityRef: `component:default/replayer-${i}`,
      owner: TEAM,
    }));
    await renderTeamCard(
      replayers,
      replayers.map(r => exemptionOf(r.entityRef, 'monitors', 'approved')),
    );
    expect(
      await screen.findByText(/^12 of 12 ready · average score 100/),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Exempt: Monitors')).toHaveLength(
      NOT_READY_SHOWN,
    );
    expect(
      screen.getByRole('link', { name: 'and 2 more ready by an exemption' }),
    ).toHaveAttribute(
      'href',
      '/readiness?owner=group%3Adefault%2Fdata-platform-team&exempted=true&passing=true',
    );
  });

  it('links the rest ready by an exemption to exactly those, not to the exempted still not ready', async () => {
    const like = (name: string) =>
      exampleResults.find(r => r.entityRef.endsWith(`/${name}`))!;
    const copies = (name: string, count: number) =>
      Array.from({ length: count }, (_, i) => ({
        ...like(name),
        entityRef: `component:default/${name}-${i}`,
        owner: TEAM,
      }));
    // Let off monitors: each replayer is then ready, each DLQ still fails its runbook.
    const replayers = copies('event-replayer', NOT_READY_SHOWN + 2);
    const dlqs = copies('events-dlq', 3);
    await renderTeamCard(
      [...replayers, ...dlqs],
      [...replayers, ...dlqs].map(r =>
        exemptionOf(r.entityRef, 'monitors', 'approved'),
      ),
    );
    await user.click(
      await screen.findByRole('link', {
        name: 'and 2 more ready by an exemption',
      }),
    );

    expect(
      await screen.findByText(`Entities (${replayers.length})`),
    ).toBeInTheDocument();
    // The page lists them, and only them.
    expect(screen.getAllByText(/^event-replayer-\d+$/)).toHaveLength(
      replayers.length,
    );
    expect(screen.queryByText(/^events-dlq-/)).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Ready only' })).toBeChecked();
    expect(
      screen.getByRole('checkbox', { name: 'With an exemption' }),
    ).toBeChecked();
    // The Readiness page renders slowly in jsdom.
  }, 90_000);
});
