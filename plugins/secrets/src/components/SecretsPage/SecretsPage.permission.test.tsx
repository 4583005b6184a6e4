import { screen } from '@testing-library/react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  FakeSecretsApi,
  makeReview,
  makeSecret,
} from '../../__testUtils__/fixtures';
import { renderSecretsPage } from '../../__testUtils__/renderSecretsPage';

// In its own file: usePermission caches decisions per permission for the
// whole module, so an ALLOW test in the same file would answer this one.
describe('SecretsPage without the review permission', () => {
  it('says which permission is missing and never asks the backend', async () => {
    const secretsApi = new FakeSecretsApi({
      review: makeReview([makeSecret('a')]),
    });
    await renderSecretsPage(secretsApi, { permission: AuthorizeResult.DENY });
    expect(
      await screen.findByText('You need the secrets review permission'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/"stagecraft\.secrets\.review"/),
    ).toBeInTheDocument();
    expect(secretsApi.calls).toEqual([]);
  });

  it('gives the Drift tab the same treatment', async () => {
    const secretsApi = new FakeSecretsApi({ drift: { stores: [] } });
    await renderSecretsPage(secretsApi, {
      url: '/drift',
      permission: AuthorizeResult.DENY,
    });
    expect(
      await screen.findByText('You need the secrets review permission'),
    ).toBeInTheDocument();
    expect(screen.getByText('Secrets drift')).toBeInTheDocument();
    expect(secretsApi.calls).toEqual([]);
  });
});
