import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SECRETS_CSV_COLUMNS } from '@stagecraft/plugin-secrets-common';
import {
  FakeSecretsApi,
  finding,
  laptopStore,
  makeManySecrets,
  makeReview,
  makeSecret,
} from '../../__testUtils__/fixtures';
import { recordDownloads } from '../../__testUtils__/recordDownloads';
import { renderSecretsPage } from '../../__testUtils__/renderSecretsPage';

const items = [
  makeSecret('reviews-api-key', { title: 'Reviews API key' }),
  makeSecret(
    'laptop-token',
    {
      store: laptopStore,
      owner: 'group:default/platform-team',
      system: 'system:default/platform',
    },
    [
      finding({
        ruleId: 'approved-store',
        message:
          'Store team-laptops uses provider "team-laptops", which is not approved.',
        fix: 'Move the secret to an approved store.',
      }),
    ],
  ),
  makeSecret(
    'orphan-password',
    { system: undefined, dependents: [], remediationLinks: [] },
    [
      finding({
        ruleId: 'remediation-docs',
        message: 'No rotation guide or incident-response link.',
      }),
      finding({
        ruleId: 'dependents',
        severity: 'warning',
        message: 'Nothing depends on this secret.',
      }),
    ],
  ),
  makeSecret('zeta-webhook-token', {
    dependents: [
      'component:default/a',
      'component:default/b',
      'component:default/c',
    ],
  }),
];

// Each re-render of a page of material-table rows takes seconds in jsdom on a
// busy machine; these timeouts are about jsdom, not about the page.
jest.setTimeout(60_000);

const renderPage = (secretsApi: FakeSecretsApi, url = '/') =>
  renderSecretsPage(secretsApi, { url });

// Queries by label and `hidden: true` skip jsdom's slow style computations.
const tile = (label: string) =>
  screen.getByLabelText(new RegExp(`^${label}: \\d+$`));

// The first link of each body row is the secret. Plain DOM queries: role
// queries over a page of material-table rows take seconds in jsdom.
const secretNamesInTable = () =>
  Array.from(document.querySelectorAll('tbody tr')).flatMap(row => {
    const link = row.querySelector('td a');
    return link ? [link.textContent] : [];
  });

/** The table row whose secret link reads `linkName`. */
const tableRowOf = (linkName: string) =>
  within(
    screen.getByRole('link', { name: linkName, hidden: true }).closest('tr')!,
  );

async function choose(filterLabel: string, option: RegExp) {
  const select = screen.getByLabelText(filterLabel) as HTMLSelectElement;
  const value = [...select.options].find(o => option.test(o.text))!.value;
  // fireEvent: user-event's pointer checks on this page take seconds in jsdom.
  fireEvent.change(select, { target: { value } });
}

async function search(text: string) {
  // fireEvent: user-event's pointer and selection checks take seconds here.
  fireEvent.change(screen.getByLabelText('Search secrets'), {
    target: { value: text },
  });
}

describe('SecretsPage', () => {
  it('shows every secret with store, owner, remediation and compliance, and the summary counts', async () => {
    await renderPage(new FakeSecretsApi({ review: makeReview(items) }));

    expect(await screen.findByText('Secrets (4)')).toBeInTheDocument();
    expect(tile('Secrets')).toHaveAccessibleName('Secrets: 4');
    expect(tile('Non-compliant')).toHaveAccessibleName('Non-compliant: 2');
    expect(tile('Orphaned')).toHaveAccessibleName('Orphaned: 1');
    expect(tile('No remediation docs')).toHaveAccessibleName(
      'No remediation docs: 1',
    );

    const perStore = screen.getByLabelText('Secrets per store');
    expect(within(perStore).getByText('Vault (prod)')).toBeInTheDocument();
    expect(within(perStore).getByText('Team laptops')).toBeInTheDocument();
    expect(perStore).toHaveTextContent(
      /Vault \(prod\)approved3 · 1 non-compliant/,
    );
    expect(perStore).toHaveTextContent(
      /Team laptopsunapproved1 · 1 non-compliant/,
    );

    const laptopRow = tableRowOf('laptop-token');
    expect(laptopRow.getByText('unapproved')).toBeInTheDocument();
    expect(laptopRow.getByText('Non-compliant')).toBeInTheDocument();
    expect(laptopRow.getByText(/which is not approved/)).toBeInTheDocument();
    expect(
      laptopRow.getByRole('link', {
        name: /^Rotation guide/,
        hidden: true,
      }),
    ).toHaveAttribute('href', 'https://wiki.example.com/rotate/laptop-token');

    const orphanRow = tableRowOf('orphan-password');
    expect(orphanRow.getByText('None')).toBeInTheDocument();
    expect(
      orphanRow.getByText('Nothing depends on this secret.'),
    ).toBeInTheDocument();

    const reviewsRow = tableRowOf('Reviews API key');
    expect(reviewsRow.getByText('Compliant')).toBeInTheDocument();
    expect(reviewsRow.getByText('approved')).toBeInTheDocument();
    expect(
      reviewsRow.getByRole('link', {
        name: 'Reviews API key',
        hidden: true,
      }),
    ).toHaveAttribute('href', '/catalog/default/resource/reviews-api-key');
  });

  it('filters by store, owner and compliance and recounts the summary', async () => {
    await renderPage(new FakeSecretsApi({ review: makeReview(items) }));
    await screen.findByText('Secrets (4)');

    await choose('Store', /Vault \(prod\)/);
    expect(await screen.findByText('Secrets (3 of 4)')).toBeInTheDocument();
    expect(tile('Non-compliant')).toHaveAccessibleName('Non-compliant: 1');

    await choose('Compliance', /^Non-compliant$/);
    expect(await screen.findByText('Secrets (1 of 4)')).toBeInTheDocument();
    expect(secretNamesInTable()).toEqual(['orphan-password']);

    await userEvent.click(
      screen.getByRole('button', { name: 'Clear filters', hidden: true }),
    );
    expect(await screen.findByText('Secrets (4)')).toBeInTheDocument();

    await choose('Owner', /platform-team/);
    expect(await screen.findByText('Secrets (1 of 4)')).toBeInTheDocument();
    expect(secretNamesInTable()).toEqual(['laptop-token']);
  });

  it('reads the filters from a shared link', async () => {
    await renderPage(
      new FakeSecretsApi({ review: makeReview(items) }),
      '/?owner=group%3Adefault%2Fplatform-team&status=non-compliant',
    );
    expect(await screen.findByText('Secrets (1 of 4)')).toBeInTheDocument();
    expect(secretNamesInTable()).toEqual(['laptop-token']);
    expect(screen.getByLabelText('Owner')).toHaveValue(
      'group:default/platform-team',
    );
  });

  it('filters by clicking a summary tile and a store', async () => {
    await renderPage(new FakeSecretsApi({ review: makeReview(items) }));
    await screen.findByText('Secrets (4)');

    await userEvent.click(tile('Orphaned'));
    expect(await screen.findByText('Secrets (1 of 4)')).toBeInTheDocument();
    expect(tile('Orphaned')).toHaveAttribute('aria-pressed', 'true');

    await userEvent.click(tile('Secrets'));
    expect(await screen.findByText('Secrets (4)')).toBeInTheDocument();

    const perStore = screen.getByLabelText('Secrets per store');
    await userEvent.click(within(perStore).getByText('Team laptops'));
    expect(await screen.findByText('Secrets (1 of 4)')).toBeInTheDocument();
    expect(secretNamesInTable()).toEqual(['laptop-token']);
  });

  it('searches names, paths and findings', async () => {
    await renderPage(new FakeSecretsApi({ review: makeReview(items) }));
    await screen.findByText('Secrets (4)');

    await search('not approved');
    expect(await screen.findByText('Secrets (1 of 4)')).toBeInTheDocument();
    expect(secretNamesInTable()).toEqual(['laptop-token']);

    await search('no such secret');
    expect(
      await screen.findByText('No secrets match these filters.'),
    ).toBeInTheDocument();
  });

  it('sorts by a column', async () => {
    await renderPage(new FakeSecretsApi({ review: makeReview(items) }));
    await screen.findByText('Secrets (4)');

    await userEvent.click(
      screen.getByRole('button', { name: 'Compliance', hidden: true }),
    );
    await waitFor(() =>
      expect(secretNamesInTable().slice(0, 2).sort()).toEqual([
        'laptop-token',
        'orphan-password',
      ]),
    );

    // Material-table keeps the direction when switching columns, so compare
    // both clicks rather than assume which comes first.
    const dependents = () =>
      secretNamesInTable()
        .map(name => items.find(i => (i.title ?? i.name) === name)!)
        .map(item => item.dependents.length)
        .join();
    const ascending = '0,1,1,3';
    const descending = '3,1,1,0';
    await userEvent.click(
      screen.getByRole('button', { name: 'Dependents', hidden: true }),
    );
    await waitFor(() =>
      expect([ascending, descending]).toContain(dependents()),
    );
    const first = dependents();
    await userEvent.click(
      screen.getByRole('button', { name: 'Dependents', hidden: true }),
    );
    await waitFor(() =>
      expect(dependents()).toBe(first === ascending ? descending : ascending),
    );
  });

  it('exports the filtered rows as CSV', async () => {
    const downloads = recordDownloads();

    await renderPage(new FakeSecretsApi({ review: makeReview(items) }));
    await screen.findByText('Secrets (4)');
    await choose('Compliance', /^Non-compliant$/);
    await userEvent.click(
      await screen.findByRole(
        'button',
        { name: 'Export CSV (2)', hidden: true },
        // The filter re-renders a table of every row; jsdom on a busy machine is slow.
        { timeout: 30_000 },
      ),
    );

    expect(downloads.filenames).toEqual([
      'secrets-review-2025-05-01-filtered.csv',
    ]);
    const lines = await downloads.csvLines();
    expect(lines[0]).toBe(SECRETS_CSV_COLUMNS.map(c => c.header).join(','));
    expect(lines.slice(1).map(line => line.split(',')[1])).toEqual([
      'laptop-token',
      'orphan-password',
    ]);
  });

  it.each([
    ['Review', '/'],
    ['Drift', '/drift'],
  ])(
    'says which permission is missing when the backend answers 403 (%s tab)',
    async (_tab, url) => {
      await renderPage(new FakeSecretsApi({ status: 403 }), url);
      expect(
        await screen.findByText('You need the secrets review permission'),
      ).toBeInTheDocument();
    },
  );

  it('shows other errors', async () => {
    await renderPage(new FakeSecretsApi({ status: 500 }));
    expect(
      await screen.findByText(/Could not load the secrets review/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/The catalog did not answer/).length,
    ).toBeGreaterThan(0);
  });

  // Correctness at scale, not a benchmark: timings are in the README.
  it('renders and filters 5,000 secrets', async () => {
    const many = makeManySecrets(5000);
    const secretsApi = new FakeSecretsApi({ review: makeReview(many) });
    await renderPage(secretsApi);

    expect(
      await screen.findByText('Secrets (5000)', undefined, { timeout: 60_000 }),
    ).toBeInTheDocument();
    expect(tile('Non-compliant')).toHaveAccessibleName('Non-compliant: 1000');
    // One page of rows is asked for and rendered, not 5,000.
    expect(secretsApi.reviewQueries).toEqual([{ offset: 0, limit: 25 }]);
    expect(secretNamesInTable()).toHaveLength(25);
    expect(secretNamesInTable()[0]).toBe('secret-00000');
    await userEvent.click(
      screen.getByRole('button', { name: 'Next Page', hidden: true }),
    );
    await waitFor(() => expect(secretNamesInTable()[0]).toBe('secret-00025'));
    expect(secretsApi.reviewQueries.at(-1)).toEqual({ offset: 25, limit: 25 });

    await choose('Owner', /team-3/);
    expect(
      await screen.findByText('Secrets (714 of 5000)', undefined, {
        timeout: 30_000,
      }),
    ).toBeInTheDocument();
    await search('secret-049');
    // i % 7 === 3 among 4900–4999: 4903, 4910 … 4998.
    expect(
      await screen.findByText('Secrets (14 of 5000)', undefined, {
        timeout: 30_000,
      }),
    ).toBeInTheDocument();
    expect(tile('Non-compliant')).toHaveAccessibleName('Non-compliant: 3');
  }, 180_000);
});
