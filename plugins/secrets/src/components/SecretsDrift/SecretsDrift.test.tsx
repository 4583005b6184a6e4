import {
  act,
  fireEvent,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeSignalApi } from '@internal/stagecraft-frontend-test-utils';
import type {
  DriftTrendPoint,
  SecretsDriftResponse,
} from '@stagecraft/plugin-secrets-common';
import {
  acmStoreRef,
  driftFinding,
  expiringFinding,
  FakeSecretsApi,
  makeReview,
  makeSecret,
  shadowFinding,
  storeDrift,
} from '../../__testUtils__/fixtures';
import { recordDownloads } from '../../__testUtils__/recordDownloads';
import { renderSecretsPage } from '../../__testUtils__/renderSecretsPage';
import { formatTime } from '../../lib/storeStatus';

jest.setTimeout(60_000);

const vault = 'resource:default/hashicorp-vault-prod';
const acm = acmStoreRef;
const lastGood = '2025-04-30T08:00:00.000Z';

const drift: SecretsDriftResponse = {
  stores: [
    storeDrift({
      title: 'Central Vault (prod)',
      findings: [driftFinding(), shadowFinding()],
    }),
    storeDrift({
      store: acm,
      provider: 'aws-acm',
      simulated: false,
      status: 'unknown',
      lastGoodAt: lastGood,
      problem: 'AccessDenied: acm:ListCertificates',
      items: 12,
      itemsInCatalog: 10,
      findings: [expiringFinding()],
    }),
  ],
};

const day = (date: string, shadow: number, ghost: number): DriftTrendPoint => ({
  date,
  findings: {
    shadow,
    ghost,
    'rotation-overdue': 1,
    'rotation-disabled': 0,
    unused: 0,
    expiring: 1,
  },
  items: 442,
  itemsInCatalog: 422,
});

const trend = {
  days: [
    day('2025-04-29', 3, 1),
    day('2025-04-30', 2, 0),
    day('2025-05-01', 1, 0),
  ],
};

const renderDrift = (
  secretsApi: FakeSecretsApi,
  url = '/drift',
  signalApi = new FakeSignalApi(),
) => renderSecretsPage(secretsApi, { url, signalApi });

const kindTile = (label: string) =>
  screen.getByRole('button', { name: new RegExp(`^${label}: \\d+$`) });

/** The kind column of the table's body rows. */
const kindsInTable = () =>
  Array.from(
    document.querySelectorAll(
      'table:not([aria-label="Store status"]) tbody tr',
    ),
  ).map(row => row.querySelector('td')?.textContent);

describe('Secrets page, Drift tab', () => {
  it('shows every finding with its store, subject, evidence and fix, and each store’s status', async () => {
    const secretsApi = new FakeSecretsApi({ drift, driftTrend: trend });
    await renderDrift(secretsApi);

    expect(await screen.findByText('Drift findings (3)')).toBeInTheDocument();

    const shadowRow = within(
      screen.getByText('prod/legacy/ftp-password').closest('tr')!,
    );
    expect(
      shadowRow.getByText('Shadow (not in the catalog)'),
    ).toBeInTheDocument();
    expect(
      shadowRow.getByText('warning', { selector: 'p' }),
    ).toBeInTheDocument();
    expect(
      shadowRow.getByRole('link', { name: 'Central Vault (prod)' }),
    ).toHaveAttribute('href', '/catalog/default/resource/hashicorp-vault-prod');
    expect(shadowRow.getByText(/no secret names it/)).toBeInTheDocument();
    expect(shadowRow.getByText(/delete it from the store/)).toBeInTheDocument();

    const overdueRow = within(
      screen.getByText('prod/reviews/reviews-api-key').closest('tr')!,
    );
    expect(
      overdueRow.getByRole('link', { name: 'reviews-api-key' }),
    ).toHaveAttribute('href', '/catalog/default/resource/reviews-api-key');

    // A store is named by its title, or by its ref when it has none (ACM here).
    // The store that could not be read: unknown, never "everything is missing".
    const stores = within(screen.getByRole('table', { name: 'Store status' }));
    const acmRow = within(
      stores.getByRole('link', { name: 'aws-acm-prod' }).closest('tr')!,
    );
    expect(
      acmRow.getByText(
        `Unknown, last good at ${formatTime(
          lastGood,
        )}: AccessDenied: acm:ListCertificates`,
      ),
    ).toBeInTheDocument();
    expect(
      acmRow.getByText('10 of 12 items in the catalog'),
    ).toBeInTheDocument();
    expect(acmRow.getByText('1 (from the last good read)')).toBeInTheDocument();
    expect(acmRow.queryByText('Simulated')).not.toBeInTheDocument();

    const vaultRow = within(
      stores.getByRole('link', { name: 'Central Vault (prod)' }).closest('tr')!,
    );
    expect(vaultRow.getByText('OK')).toBeInTheDocument();
    expect(vaultRow.getByText('Simulated')).toBeInTheDocument();
    expect(
      vaultRow.getByText('412 of 430 items in the catalog'),
    ).toBeInTheDocument();

    expect(
      screen.getByRole('note', { name: 'Simulated data' }),
    ).toHaveTextContent(
      /Simulated\. 1 of 2 stores are read from a simulated stand-in/,
    );

    expect(kindTile('Shadow \\(not in the catalog\\)')).toHaveAccessibleName(
      'Shadow (not in the catalog): 1',
    );
    expect(kindTile('Ghost \\(not in its store\\)')).toHaveAccessibleName(
      'Ghost (not in its store): 0',
    );
    expect(kindTile('Expiring')).toHaveAccessibleName('Expiring: 1');

    // The trend: a line per kind and the last day's counts.
    const legend = await screen.findByRole('list', {
      name: 'Findings on 2025-05-01',
    });
    expect(
      within(legend).getByText(/Shadow \(not in the catalog\): 1/),
    ).toBeInTheDocument();
    expect(
      screen
        .getByRole('img', {
          name: 'Findings by kind per day, 2025-04-29 to 2025-05-01',
        })
        .querySelectorAll('polyline'),
    ).toHaveLength(6);
    expect(secretsApi.calls).toEqual(
      expect.arrayContaining(['getDrift', 'getDriftTrend 30']),
    );
    expect(secretsApi.calls).not.toContain('getReview');
  });

  it('filters by kind (also from its tile), severity, store and search', async () => {
    await renderDrift(new FakeSecretsApi({ drift, driftTrend: trend }));
    await screen.findByText('Drift findings (3)');

    fireEvent.change(screen.getByLabelText('Severity'), {
      target: { value: 'warning' },
    });
    expect(
      await screen.findByText('Drift findings (2 of 3)'),
    ).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Store'), {
      target: { value: acm },
    });
    expect(
      await screen.findByText('Drift findings (1 of 3)'),
    ).toBeInTheDocument();
    expect(kindsInTable()).toEqual(['Expiring']);

    await userEvent.click(
      screen.getByRole('button', { name: 'Clear filters' }),
    );
    expect(await screen.findByText('Drift findings (3)')).toBeInTheDocument();

    await userEvent.click(kindTile('Shadow \\(not in the catalog\\)'));
    expect(
      await screen.findByText('Drift findings (1 of 3)'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Kind')).toHaveValue('shadow');

    await userEvent.click(kindTile('Shadow \\(not in the catalog\\)'));
    fireEvent.change(screen.getByLabelText('Search drift findings'), {
      target: { value: 'renew certificate' },
    });
    expect(
      await screen.findByText('Drift findings (1 of 3)'),
    ).toBeInTheDocument();
    expect(kindsInTable()).toEqual(['Expiring']);
  });

  it("finds a store's findings by the store's title", async () => {
    await renderDrift(new FakeSecretsApi({ drift, driftTrend: trend }));
    fireEvent.change(await screen.findByLabelText('Search drift findings'), {
      target: { value: 'central vault' },
    });
    expect(
      await screen.findByText('Drift findings (2 of 3)'),
    ).toBeInTheDocument();
  });

  it('reads the filters from a shared link', async () => {
    await renderDrift(
      new FakeSecretsApi({ drift, driftTrend: trend }),
      '/drift?kind=rotation-overdue&store=resource%3Adefault%2Fhashicorp-vault-prod',
    );
    expect(
      await screen.findByText('Drift findings (1 of 3)'),
    ).toBeInTheDocument();
    expect(kindsInTable()).toEqual(['Rotation overdue']);
    expect(screen.getByLabelText('Store')).toHaveValue(vault);
  });

  it('downloads the findings it shows as the drift export CSV', async () => {
    const downloads = recordDownloads();

    await renderDrift(
      new FakeSecretsApi({ drift, driftTrend: trend }),
      '/drift?severity=warning',
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Export CSV (2)' }),
    );
    expect(downloads.filenames).toEqual([
      expect.stringMatching(/^secrets-drift-\d{4}-\d\d-\d\d-filtered\.csv$/),
    ]);
    const lines = await downloads.csvLines();
    expect(lines[0]).toMatch(/^store,provider,simulated,storeStatus,/);
    expect(lines.slice(1).map(line => line.split(',')[6])).toEqual([
      'shadow',
      'expiring',
    ]);
  });

  it('loads the findings again when the backend signals that a store changed', async () => {
    const options = { drift, driftTrend: trend };
    const secretsApi = new FakeSecretsApi(options);
    const signalApi = new FakeSignalApi();
    await renderDrift(secretsApi, '/drift', signalApi);
    expect(await screen.findByText('Drift findings (3)')).toBeInTheDocument();

    options.drift = {
      stores: [storeDrift({ findings: [driftFinding({ kind: 'ghost' })] })],
    };
    act(() =>
      signalApi.signal('secrets:drift', { checkedAt: '2025-05-01T10:00:00Z' }),
    );

    expect(await screen.findByText('Drift findings (1)')).toBeInTheDocument();
    expect(secretsApi.calls.filter(c => c === 'getDrift')).toHaveLength(2);
  });

  it('still shows the findings when the trend cannot be loaded', async () => {
    await renderDrift(new FakeSecretsApi({ drift, driftTrendStatus: 500 }));
    expect(await screen.findByText('Drift findings (3)')).toBeInTheDocument();
    expect(
      await screen.findByText(/The trend could not be loaded/),
    ).toBeInTheDocument();
  });

  it('opens the review on the first tab, and the drift from its tab link', async () => {
    const secretsApi = new FakeSecretsApi({
      review: makeReview([makeSecret('a')]),
      drift,
      driftTrend: trend,
    });
    await renderDrift(secretsApi, '/');
    expect(await screen.findByText('Secrets (1)')).toBeInTheDocument();
    expect(secretsApi.calls).not.toContain('getDrift');
    await userEvent.click(screen.getByRole('tab', { name: 'Drift' }));
    expect(await screen.findByText('Drift findings (3)')).toBeInTheDocument();
    await waitFor(() => expect(secretsApi.calls).toContain('getDrift'));
  });
});
