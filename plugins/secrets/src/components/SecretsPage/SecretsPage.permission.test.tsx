import { screen } from '@testing-library/react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { secretsApiRef } from '../../api';
import {
  FakeSecretsApi,
  makeReview,
  makeSecret,
} from '../../__testUtils__/fixtures';
import { SecretsPage } from './SecretsPage';

// In its own file: usePermission caches decisions per permission for the
// whole module, so an ALLOW test in the same file would answer this one.
describe('SecretsPage without the review permission', () => {
  it('says which permission is missing and never asks the backend', async () => {
    const secretsApi = new FakeSecretsApi({
      review: makeReview([makeSecret('a')]),
    });
    const permissionApi = mockApis.permission({
      authorize: AuthorizeResult.DENY,
    });
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [secretsApiRef, secretsApi],
          [permissionApiRef, permissionApi],
        ]}
      >
        <SecretsPage />
      </TestApiProvider>,
    );
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
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [secretsApiRef, secretsApi],
          [
            permissionApiRef,
            mockApis.permission({ authorize: AuthorizeResult.DENY }),
          ],
        ]}
      >
        <SecretsPage />
      </TestApiProvider>,
      { routeEntries: ['/drift'] },
    );
    expect(
      await screen.findByText('You need the secrets review permission'),
    ).toBeInTheDocument();
    expect(screen.getByText('Secrets drift')).toBeInTheDocument();
    expect(secretsApi.calls).toEqual([]);
  });
});
