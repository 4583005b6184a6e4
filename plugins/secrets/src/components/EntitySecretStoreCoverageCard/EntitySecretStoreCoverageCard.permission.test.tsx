import { screen } from '@testing-library/react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  driftFinding,
  servingVaultStore,
  vaultEntity,
} from '../../__testUtils__/fixtures';
import { renderOnEntityPage } from '../../__testUtils__/renderOnEntityPage';
import { EntitySecretStoreCoverageCard } from './EntitySecretStoreCoverageCard';

// In its own file: usePermission caches decisions per permission for the
// whole module, so an ALLOW test in the same file would answer this one.
describe('EntitySecretStoreCoverageCard without the review permission', () => {
  it('shows the coverage and the findings it got, and says shadows need the review permission', async () => {
    await renderOnEntityPage(<EntitySecretStoreCoverageCard />, {
      entity: vaultEntity,
      permission: AuthorizeResult.DENY,
      // As the backend answers a non-reviewer: no shadow findings.
      secretsApi: servingVaultStore({
        findings: [driftFinding({ kind: 'ghost' })],
      }),
    });
    expect(
      await screen.findByText('412 of 430 items in the catalog'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /shadow findings\) are shown to secrets reviewers only: they need the stagecraft\.secrets\.review permission/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Findings (1)' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Ghost \(not in its store\)/)).toBeInTheDocument();
    // The Drift tab is for reviewers only: no link to it.
    expect(screen.queryByRole('link', { name: /on the Drift tab/ })).toBeNull();
  });
});
