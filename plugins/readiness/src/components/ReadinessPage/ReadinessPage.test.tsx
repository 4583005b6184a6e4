import {
  act,
  fireEvent,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { exampleResults } from '../../__testUtils__/exampleResults';
import {
  FakeBackendOptions,
  fakeReadinessBackend,
} from '../../__testUtils__/fakeBackend';
import { fakeSignals } from '../../__testUtils__/fakeSignals';
import { renderWithReadinessApi } from '../../__testUtils__/renderWithReadinessApi';
import type { Exemption } from '@stagecraft/plugin-readiness-common';
import {
  EXEMPT_UNTIL,
  exemptionOf,
} from '../../__testUtils__/exemptionFixtures';
import { ReadinessPage } from './ReadinessPage';
import { user } from '../../__testUtils__/user';
import { Link, useNavigate } from 'react-router-dom';

// Pages load again at once after a finished run, not after a random wait.
jest.mock('../../hooks/spreadDelay', () => ({ spreadDelayMs: () => 0 }));

jest.setTimeout(90_000);

const trend = [
  { day: '2026-11-20', entities: 49, passing: 36, averageScore: 88.1 },
  { day: '2026-11-21', entities: 49, passing: 38, averageScore: 90.4 },
  { day: '2026-11-22', entities: 49, passing: 40, averageScore: 92.6 },
];

/** Two teams of the example catalog: enough to group and filter, quick to render. */
const twoTeams = exampleResults.filter(r =>
  ['group:default/reviews-team', 'group:default/notifications-team'].includes(
    r.owner!,
  ),
);
const twoTeamsFailing = twoTeams.filter(r => r.status !== 'pass').length;

/** The browser's back and forward buttons, and a link to the page within the app. */
function Navigation(props: { linkTo: string }) {
  const navigate = useNavigate();
  return (
    <>
      <button onClick={() => navigate(-1)}>Back</button>
      <button onClick={() => navigate(1)}>Forward</button>
      <Link to={props.linkTo}>Link to the page</Link>
    </>
  );
}

async function renderPage(
  results = twoTeams,
  exemptions: Exemption[] = [],
  navigation?: { openedAt: string; linkTo: string },
) {
  const backend = fakeReadinessBackend({ results, trend, exemptions });
  await renderWithReadinessApi(
    <>
      <ReadinessPage />
      {navigation && <Navigation linkTo={navigation.linkTo} />}
    </>,
    {
      readinessApi: backend.client,
      routeEntries: navigation && [navigation.openedAt],
    },
  );
  const calls = (path: string) =>
    backend.requests
      .filter(r => r.url.pathname === `/api/readiness${path}`)
      .map(r => `${r.method} ${r.url.search}`);
  return { backend, calls };
}

/** The summary row of a group: the table row with the group's name and a Show button. */
function summaryRow(name: string): Promise<HTMLElement> {
  return waitFor(() => {
    const row = screen
      .getAllByText(name)
      .map(el => el.closest('tr'))
      .find(r => r && within(r).queryByRole('button', { name: 'Show' }));
    if (!row) throw new Error(`No summary row for ${name}`);
    return row;
  });
}

/*
 * Cheap look-ups of the results table's controls: a role query over a page of 25 rows computes
 * every element's styles and takes seconds in jsdom.
 */
const nextPageButton = () => screen.getByLabelText('Next Page');
const sortButton = (column: string) =>
  within(screen.getByText(column).closest('th')!).getByRole('button', {
    name: column,
  });

describe('ReadinessPage', () => {
  it('shows totals, the trend, readiness by owner and what to fix per entity', async () => {
    await renderPage(exampleResults);
    expect(await screen.findByText('Entities (49)')).toBeInTheDocument();
    expect(
      screen.getByText(/ready: 40 of 49 entities pass every check/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        '2026-11-22: average score 92.6, 40 of 49 ready (3 days of history).',
      ),
    ).toBeInTheDocument();

    expect(
      screen.getByRole('heading', { name: 'Readiness by owner' }),
    ).toBeInTheDocument();
    const dataPlatform = within(await summaryRow('data-platform-team'));
    expect(dataPlatform.getByText('Monitors: 3')).toBeInTheDocument();
    expect(dataPlatform.getByText('8 of 11')).toBeInTheDocument();

    const replayer = screen.getByText('event-replayer').closest('tr')!;
    expect(
      within(replayer).getByText(/^No alarms or monitors declared/),
    ).toBeInTheDocument();
    expect(within(replayer).getByText('Not ready')).toBeInTheDocument();
  });

  it('counts an entity ready by an exemption as ready, and shows the exemption apart', async () => {
    await renderPage(exampleResults, [
      exemptionOf('component:default/event-replayer', 'monitors', 'approved'),
    ]);
    expect(
      await screen.findByText(/ready: 41 of 49 entities pass every check/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('1 with an approved exemption'),
    ).toBeInTheDocument();
    const dataPlatform = within(await summaryRow('data-platform-team'));
    expect(dataPlatform.getByText('Monitors: 2')).toBeInTheDocument();
    expect(dataPlatform.getByText('9 of 11')).toBeInTheDocument();
    // With exemptions
    expect(dataPlatform.getByRole('cell', { name: '1' })).toBeInTheDocument();

    const replayer = screen.getByText('event-replayer').closest('tr')!;
    expect(within(replayer).getByText('Ready')).toBeInTheDocument();
    expect(within(replayer).getByText('1 exempt')).toBeInTheDocument();
    expect(within(replayer).getByText(EXEMPT_UNTIL)).toBeInTheDocument();
    expect(within(replayer).getByTitle('Exempt')).toBeInTheDocument();
  });

  it('filters to failing entities only', async () => {
    const { calls } = await renderPage();
    await screen.findByText(`Entities (${twoTeams.length})`);
    await user.click(screen.getByLabelText('Failing only'));
    expect(
      await screen.findByText(`Entities (${twoTeamsFailing})`),
    ).toBeInTheDocument();
    expect(calls('/results')).toContain('GET ?failing=true');
    expect(calls('/summary')).toContain('GET ?groupBy=owner&failing=true');
  });

  it('filters to ready entities only, which turns failing only off', async () => {
    const { calls } = await renderPage();
    await screen.findByText(`Entities (${twoTeams.length})`);
    await user.click(screen.getByLabelText('Failing only'));
    await screen.findByText(`Entities (${twoTeamsFailing})`);
    await user.click(screen.getByLabelText('Ready only'));
    expect(
      await screen.findByText(
        `Entities (${twoTeams.length - twoTeamsFailing})`,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'Failing only' }),
    ).not.toBeChecked();
    expect(calls('/results')).toEqual([
      'GET ',
      'GET ?failing=true',
      'GET ?passing=true',
    ]);
    // The trend counts every entity, ready or not.
    expect(calls('/trend')).toEqual(['GET ?days=30']);
  });

  it('groups by system and narrows to one group', async () => {
    const { calls } = await renderPage();
    await screen.findByText(`Entities (${twoTeams.length})`);
    await user.click(screen.getByRole('button', { name: /Group by/ }));
    await user.click(await screen.findByRole('option', { name: 'System' }));
    expect(
      await screen.findByRole('heading', { name: 'Readiness by system' }),
    ).toBeInTheDocument();
    expect(calls('/summary')).toContain('GET ?groupBy=system');

    await user.click(screen.getByRole('button', { name: /Group by/ }));
    await user.click(await screen.findByRole('option', { name: 'Owner' }));
    const row = await summaryRow('reviews-team');
    await user.click(within(row).getByRole('button', { name: 'Show' }));
    expect(
      await screen.findByText('Owner: group:default/reviews-team'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(calls('/results')).toContain(
        'GET ?owner=group%3Adefault%2Freviews-team',
      ),
    );
    expect(calls('/trend')).toContain(
      'GET ?owner=group%3Adefault%2Freviews-team&days=30',
    );
  });

  it('asks the backend for the next page and for a sort, and back to the first page on another filter', async () => {
    const { calls } = await renderPage(exampleResults);
    expect(await screen.findByText('Entities (49)')).toBeInTheDocument();
    expect(calls('/results')).toEqual(['GET ']);
    const onFirstPage = exampleResults[0].entityRef.split('/')[1];
    const onSecondPage = exampleResults[25].entityRef.split('/')[1];
    expect(screen.getByText(onFirstPage)).toBeInTheDocument();
    expect(screen.queryByText(onSecondPage)).not.toBeInTheDocument();

    await user.click(nextPageButton());
    expect(await screen.findByText(onSecondPage)).toBeInTheDocument();
    expect(screen.queryByText(onFirstPage)).not.toBeInTheDocument();
    expect(calls('/results')).toContain('GET ?offset=25');
    expect(screen.getByText('Entities (49)')).toBeInTheDocument();

    await user.click(sortButton('Score'));
    await waitFor(() =>
      expect(calls('/results')).toContain('GET ?sort=score&order=asc'),
    );

    await user.click(nextPageButton());
    await waitFor(() =>
      expect(calls('/results')).toContain(
        'GET ?offset=25&sort=score&order=asc',
      ),
    );
    await user.click(screen.getByLabelText('Failing only'));
    await waitFor(() =>
      expect(calls('/results')).toContain(
        'GET ?failing=true&sort=score&order=asc',
      ),
    );
  });

  it('sends the search as q once typing pauses, back on the first page', async () => {
    const { calls } = await renderPage(exampleResults);
    expect(await screen.findByText('Entities (49)')).toBeInTheDocument();
    await user.click(nextPageButton());
    await waitFor(() => expect(calls('/results')).toContain('GET ?offset=25'));

    // Two edits with no pause between them (no timer can run in between): one search.
    const search = screen.getByLabelText('Search entities');
    fireEvent.change(search, { target: { value: 'Ord' } });
    fireEvent.change(search, { target: { value: 'Orders API' } });
    await waitFor(() =>
      expect(calls('/results')).toContain('GET ?q=Orders+API'),
    );
    expect(calls('/summary')).toContain('GET ?groupBy=owner&q=Orders+API');
    expect(calls('/trend')).toContain('GET ?q=Orders+API&days=30');
    expect(calls('/results').filter(call => call.includes('q='))).toEqual([
      'GET ?q=Orders+API',
    ]);
  });

  it('says when no history matches the filters, rather than that there is none yet', async () => {
    const backend = fakeReadinessBackend({ results: twoTeams, trend: [] });
    await renderWithReadinessApi(<ReadinessPage />, {
      readinessApi: backend.client,
      routeEntries: ['/?q=nothing-matches'],
    });
    expect(
      await screen.findByText(
        'No history matches these filters in this period.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/No history yet/)).not.toBeInTheDocument();
  });

  it('opens with the search of its URL', async () => {
    const backend = fakeReadinessBackend({ results: twoTeams, trend });
    await renderWithReadinessApi(<ReadinessPage />, {
      readinessApi: backend.client,
      routeEntries: ['/?q=reviews'],
    });
    expect(
      screen.getByRole('textbox', { name: 'Search entities' }),
    ).toHaveValue('reviews');
    await waitFor(() =>
      expect(
        backend.requests
          .filter(r => r.url.pathname === '/api/readiness/results')
          .map(r => r.url.search),
      ).toEqual(['?q=reviews']),
    );
  });

  it('opens with the filters of its URL, as the summary card links to it', async () => {
    const backend = fakeReadinessBackend({ results: twoTeams, trend });
    await renderWithReadinessApi(<ReadinessPage />, {
      readinessApi: backend.client,
      routeEntries: [
        '/?owner=group%3Adefault%2Freviews-team&check=runbook&failing=true&exempted=true',
      ],
    });
    expect(
      await screen.findByText('Owner: group:default/reviews-team'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'Failing only' }),
    ).toBeChecked();
    expect(
      screen.getByRole('checkbox', { name: 'With an exemption' }),
    ).toBeChecked();
    await waitFor(() =>
      expect(
        backend.requests
          .filter(r => r.url.pathname === '/api/readiness/results')
          .map(r => r.url.search),
      ).toEqual([
        '?owner=group%3Adefault%2Freviews-team&check=runbook&failing=true&exempted=true',
      ]),
    );
  });

  it('re-applies the filters of its URL on back and forward, asking the backend once each', async () => {
    const { calls } = await renderPage(twoTeams, [], {
      openedAt: '/',
      linkTo: '/',
    });
    await screen.findByText(`Entities (${twoTeams.length})`);
    const failingOnly = screen.getByRole('checkbox', { name: 'Failing only' });
    await user.click(failingOnly);
    await screen.findByText(`Entities (${twoTeamsFailing})`);

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(
      await screen.findByText(`Entities (${twoTeams.length})`),
    ).toBeInTheDocument();
    expect(failingOnly).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Forward' }));
    expect(
      await screen.findByText(`Entities (${twoTeamsFailing})`),
    ).toBeInTheDocument();
    expect(failingOnly).toBeChecked();
    expect(calls('/results')).toEqual([
      'GET ',
      'GET ?failing=true',
      'GET ',
      'GET ?failing=true',
    ]);
    expect(calls('/summary')).toEqual([
      'GET ?groupBy=owner',
      'GET ?groupBy=owner&failing=true',
      'GET ?groupBy=owner',
      'GET ?groupBy=owner&failing=true',
    ]);
  });

  it('applies the filters and the search of a link to it while open, and the earlier ones on back', async () => {
    const reviews = 'group:default/reviews-team';
    const notifications = 'group:default/notifications-team';
    const { calls } = await renderPage(twoTeams, [], {
      openedAt: `/?owner=${encodeURIComponent(reviews)}`,
      linkTo: `/?q=digest&owner=${encodeURIComponent(
        notifications,
      )}&failing=true`,
    });
    expect(await screen.findByText(`Owner: ${reviews}`)).toBeInTheDocument();
    const search = screen.getByRole('textbox', { name: 'Search entities' });
    const failingOnly = screen.getByRole('checkbox', { name: 'Failing only' });

    await user.click(screen.getByRole('link', { name: 'Link to the page' }));
    expect(
      await screen.findByText(`Owner: ${notifications}`),
    ).toBeInTheDocument();
    expect(failingOnly).toBeChecked();
    expect(search).toHaveValue('digest');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByText(`Owner: ${reviews}`)).toBeInTheDocument();
    expect(failingOnly).not.toBeChecked();
    expect(search).toHaveValue('');
    await waitFor(() =>
      expect(calls('/results')).toEqual([
        `GET ?owner=${encodeURIComponent(reviews)}`,
        `GET ?q=digest&owner=${encodeURIComponent(notifications)}&failing=true`,
        `GET ?owner=${encodeURIComponent(reviews)}`,
      ]),
    );
  });

  it('keeps the grouping in its URL, and a settled search in the entry it was typed in', async () => {
    const { calls } = await renderPage(twoTeams, [], {
      openedAt: '/',
      linkTo: '/',
    });
    await screen.findByText(`Entities (${twoTeams.length})`);
    fireEvent.change(screen.getByRole('textbox', { name: 'Search entities' }), {
      target: { value: 'reviews' },
    });
    await waitFor(() => expect(calls('/results')).toContain('GET ?q=reviews'));
    await user.click(screen.getByRole('button', { name: /Group by/ }));
    await user.click(await screen.findByRole('option', { name: 'System' }));
    expect(
      await screen.findByRole('heading', { name: 'Readiness by system' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(
      await screen.findByRole('heading', { name: 'Readiness by owner' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('textbox', { name: 'Search entities' }),
    ).toHaveValue('reviews');
    expect(calls('/summary')).toEqual([
      'GET ?groupBy=owner',
      'GET ?groupBy=owner&q=reviews',
      'GET ?groupBy=system&q=reviews',
      'GET ?groupBy=owner&q=reviews',
    ]);
  });

  it('exports the current view as CSV and starts an evaluation on request', async () => {
    const createObjectURL = jest.fn(() => 'blob:readiness');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    // jsdom cannot follow the download link
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    const { calls } = await renderPage();
    await screen.findByText(`Entities (${twoTeams.length})`);
    await user.click(screen.getByLabelText('Failing only'));
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1));
    expect(calls('/results/export.csv')).toEqual(['GET ?failing=true']);
    expect(click).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Evaluate now' }));
    await waitFor(() => expect(calls('/evaluate')).toEqual(['POST ']));
  });

  describe('before the first run has finished', () => {
    const started = { id: 1, startedAt: '2026-11-22T09:30:00Z' };
    const finished = {
      ...started,
      finishedAt: '2026-11-22T09:30:02Z',
      entities: twoTeams.length,
      errors: 0,
    };
    afterEach(() => jest.restoreAllMocks());

    /** The page of a portal whose backend has not finished a run yet, with `signals` if given. */
    async function renderNotEvaluated(
      signals?: ReturnType<typeof fakeSignals>,
    ) {
      const state: FakeBackendOptions = { results: [], trend: [], runs: [] };
      const backend = fakeReadinessBackend(state);
      await renderWithReadinessApi(<ReadinessPage />, {
        readinessApi: backend.client,
        apis: signals ? [[signalApiRef, signals.api]] : [],
      });
      const calls = (path: string) =>
        backend.requests.filter(r => r.url.pathname === `/api/readiness${path}`)
          .length;
      return { state, calls };
    }

    /** The backend once the first run has finished. */
    function finishRun(state: FakeBackendOptions) {
      state.runs = [finished];
      state.results = twoTeams;
      state.trend = trend;
    }

    /** The totals of the finished run. */
    const findTotalsOfRun = () =>
      screen.findByText(
        `ready: ${twoTeams.length - twoTeamsFailing} of ${
          twoTeams.length
        } entities pass every check`,
      );

    it('says not evaluated yet rather than 0% ready, and how the first evaluation starts', async () => {
      await renderNotEvaluated();
      expect(await screen.findByText('Not evaluated yet')).toBeInTheDocument();
      expect(
        screen.getByText(
          'The first evaluation runs shortly after the backend starts; Evaluate now starts it right away.',
        ),
      ).toBeInTheDocument();
      expect(screen.queryByText('0%')).not.toBeInTheDocument();
      expect(screen.queryByText(/entities pass every check/)).toBeNull();
    });

    it('shows the results of Evaluate now once the backend signals that the run finished', async () => {
      const signals = fakeSignals();
      const { state, calls } = await renderNotEvaluated(signals);
      await screen.findByText('Not evaluated yet');
      await user.click(screen.getByRole('button', { name: 'Evaluate now' }));
      await waitFor(() => expect(calls('/evaluate')).toBe(1));
      state.runs = [started];
      expect(screen.getByText('Not evaluated yet')).toBeInTheDocument();

      finishRun(state);
      act(() =>
        signals.runFinished({ runId: 1, finishedAt: finished.finishedAt }),
      );
      expect(await findTotalsOfRun()).toBeInTheDocument();
      expect(screen.queryByText('Not evaluated yet')).toBeNull();
      expect(
        await screen.findByText(`Entities (${twoTeams.length})`),
      ).toBeInTheDocument();
      expect(await summaryRow('reviews-team')).toBeInTheDocument();
      expect(
        await screen.findByText(/^2026-11-22: average score 92.6/),
      ).toBeInTheDocument();
      for (const path of ['/runs', '/summary', '/results', '/trend']) {
        expect(calls(path)).toBe(2);
      }
      expect(calls('/checks')).toBe(1);
    });

    it('shows the results of Evaluate now without the signals plugin, asking for the runs until it has finished', async () => {
      // Fake time still passes, for the clicks; the test moves it on to the next question.
      jest.useFakeTimers({ advanceTimers: true });
      try {
        const { state, calls } = await renderNotEvaluated();
        await screen.findByText('Not evaluated yet');
        await user.click(screen.getByRole('button', { name: 'Evaluate now' }));
        await waitFor(() => expect(calls('/evaluate')).toBe(1));
        finishRun(state);
        await act(async () => {
          jest.advanceTimersByTime(5_000);
        });
        expect(await findTotalsOfRun()).toBeInTheDocument();
        expect(
          await screen.findByText(`Entities (${twoTeams.length})`),
        ).toBeInTheDocument();
      } finally {
        jest.useRealTimers();
      }
    });
  });
});
