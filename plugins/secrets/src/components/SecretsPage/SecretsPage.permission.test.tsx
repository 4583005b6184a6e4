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
  it.each([
    {
      tab: 'Review',
      url: '/',
      answers: { review: makeReview([makeSecret('a')]) },
      alsoShown: /"stagecraft\.secrets\.review"/,
    },
    {
      tab: 'Drift',
      url: '/drift',
      answers: { drift: { stores: [] } },
      alsoShown: 'Secrets drift',
    },
  ])(
    'the $tab tab says the permission is missing, shows $alsoShown and never asks the backend',
    async ({ url, answers, alsoShown }) => {
      const secretsApi = new FakeSecretsApi(answers);
      await renderSecretsPage(secretsApi, {
        url,
        permission: AuthorizeResult.DENY,
      });
      expect(
        await screen.findByText('You need the secrets review permission'),
      ).toBeInTheDocument();
      expect(screen.getByText(alsoShown)).toBeInTheDocument();
      expect(secretsApi.calls).toEqual([]);
    },
  );
});
