import { screen, within } from '@testing-library/react';
import {
  driftFinding,
  FakeSecretsApi,
  servingVaultStore,
  vaultEntity,
} from '../../__testUtils__/fixtures';
import { renderOnEntityPage } from '../../__testUtils__/renderOnEntityPage';
import { formatTime } from '../../lib/storeStatus';
import { EntitySecretStoreCoverageCard } from './EntitySecretStoreCoverageCard';

const ref = 'resource:default/hashicorp-vault-prod';

const renderCard = (secretsApi: FakeSecretsApi) =>
  renderOnEntityPage(<EntitySecretStoreCoverageCard />, {
    entity: vaultEntity,
    secretsApi,
  });

describe('EntitySecretStoreCoverageCard', () => {
  it('shows how many items the catalog names, the status, when it was checked and the findings', async () => {
    const secretsApi = servingVaultStore({
      findings: [
        driftFinding({ severity: 'warning', kind: 'unused' }),
        driftFinding({
          kind: 'shadow',
          secret: undefined,
          item: 'prod/legacy/ftp-password',
          evidence: 'No secret in the catalog names it.',
        }),
      ],
    });
    await renderCard(secretsApi);

    expect(
      await screen.findByText('412 of 430 items in the catalog'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', {
        name: "Share of the store's items in the catalog",
      }),
    ).toHaveAttribute('aria-valuenow', String(Math.round((100 * 412) / 430)));
    expect(screen.getByText('OK')).toBeInTheDocument();
    expect(screen.getByText('Simulated')).toBeInTheDocument();
    expect(
      screen.getByText(formatTime('2025-05-01T10:00:00.000Z')),
    ).toBeInTheDocument();

    const findings = within(
      screen.getByRole('heading', { name: 'Findings (2)' }).closest('section')!,
    );
    expect(
      findings.getByText('1 shadow (not in the catalog) · 1 unused'),
    ).toBeInTheDocument();
    const items = findings.getAllByRole('listitem');
    // Errors first.
    expect(items[0]).toHaveTextContent(
      'Shadow (not in the catalog) · prod/legacy/ftp-password: No secret in the catalog names it.',
    );
    expect(items[1]).toHaveTextContent(
      /Unused · prod\/reviews\/reviews-api-key/,
    );
    expect(
      findings.getByRole('link', { name: 'All 2 findings on the Drift tab' }),
    ).toHaveAttribute(
      'href',
      `/secrets/drift?store=${encodeURIComponent(ref)}`,
    );
    expect(secretsApi.calls).toEqual([`getEntityDrift ${ref}`]);
  });

  it('shows the first three findings, errors first, and says how many more there are', async () => {
    await renderCard(
      servingVaultStore({
        findings: [
          driftFinding({ kind: 'unused', severity: 'warning' }),
          ...['a', 'b', 'c', 'd'].map(item =>
            driftFinding({ kind: 'ghost', item }),
          ),
        ],
      }),
    );
    const findings = within(
      (await screen.findByRole('heading', { name: 'Findings (5)' })).closest(
        'section',
      )!,
    );
    expect(
      findings.getByText('4 ghost (not in its store) · 1 unused'),
    ).toBeInTheDocument();
    expect(findings.getAllByRole('listitem').map(li => li.textContent)).toEqual(
      [
        expect.stringContaining('a:'),
        expect.stringContaining('b:'),
        expect.stringContaining('c:'),
        '+2 more',
      ],
    );
  });

  it('says a store that could not be read is unknown, when it was last good and why', async () => {
    await renderCard(
      servingVaultStore({
        simulated: false,
        status: 'unknown',
        lastGoodAt: '2025-04-30T08:00:00.000Z',
        problem: 'Vault did not answer within 10 s',
        findings: [],
      }),
    );
    expect(
      await screen.findByText(
        `Unknown, last good at ${formatTime(
          '2025-04-30T08:00:00.000Z',
        )}: Vault did not answer within 10 s`,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('Simulated')).not.toBeInTheDocument();
    expect(
      screen.getByText('The catalog and the store agree. Nothing to fix.'),
    ).toBeInTheDocument();
  });

  it('says when the store has not been reconciled yet', async () => {
    await renderCard(new FakeSecretsApi({ entityDrift: { [ref]: {} } }));
    expect(
      await screen.findByText(/has not been reconciled with the catalog yet/),
    ).toBeInTheDocument();
  });

  it('shows other errors', async () => {
    await renderCard(new FakeSecretsApi({ status: 500 }));
    expect(
      await screen.findByText(/Could not load this store's coverage/),
    ).toBeInTheDocument();
  });
});
