import { screen } from '@testing-library/react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  FakeSecretsApi,
  storeDrift,
  vaultEntity,
} from '../../__testUtils__/fixtures';
import { renderOnEntityPage } from '../../__testUtils__/renderOnEntityPage';
import { EntitySecretStoreCoverageCard } from './EntitySecretStoreCoverageCard';

// In its own file: usePermission caches decisions per permission for the
// whole module, so an ALLOW test in the same file would answer this one.
describe('EntitySecretStoreCoverageCard without the review permission', () => {
  it('shows the coverage and says the findings need the review permission', async () => {
    await renderOnEntityPage(<EntitySecretStoreCoverageCard />, {
      entity: vaultEntity,
      permission: AuthorizeResult.DENY,
      secretsApi: new FakeSecretsApi({
        entityDrift: {
          'resource:default/hashicorp-vault-prod': {
            store: storeDrift({ findings: [] }),
          },
        },
      }),
    });
    expect(
      await screen.findByText('412 of 430 items in the catalog'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /findings need the secrets review permission \(\s*stagecraft\.secrets\.review\)/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Findings' }),
    ).toBeInTheDocument();
  });
});
