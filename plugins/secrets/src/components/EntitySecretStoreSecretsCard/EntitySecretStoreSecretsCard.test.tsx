import { screen, within } from '@testing-library/react';
import { Entity } from '@backstage/catalog-model';
import {
  FakeSecretsApi,
  finding,
  laptopStore,
  makeSecret,
  servingSecretsOf,
  vaultStore,
} from '../../__testUtils__/fixtures';
import { renderOnEntityPage } from '../../__testUtils__/renderOnEntityPage';
import { EntitySecretStoreSecretsCard } from './EntitySecretStoreSecretsCard';

const storeEntity = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name },
  spec: { type: 'secret-store', owner: 'group:default/platform-team' },
});

const renderCard = (secretsApi: FakeSecretsApi, name: string) =>
  renderOnEntityPage(<EntitySecretStoreSecretsCard />, {
    entity: storeEntity(name),
    secretsApi,
  });

describe('EntitySecretStoreSecretsCard', () => {
  it('lists the secrets kept in the store, least compliant first, with their owner', async () => {
    const secretsApi = servingSecretsOf(
      'resource:default/hashicorp-vault-prod',
      [
        makeSecret('good-key', { owner: 'group:default/search-team' }),
        makeSecret('bad-key', {}, [
          finding({ message: 'The description "TODO" is a placeholder.' }),
        ]),
      ],
    );
    await renderCard(secretsApi, 'hashicorp-vault-prod');

    expect(await screen.findByText('Secrets kept here')).toBeInTheDocument();
    expect(screen.getByText('2 secrets · 1 non-compliant')).toBeInTheDocument();
    expect(secretsApi.calls).toEqual([
      'getSecretsOfEntity resource:default/hashicorp-vault-prod',
    ]);
    const rows = screen.getAllByRole('row').slice(1);
    expect(
      within(rows[0]).getByRole('link', { name: 'bad-key' }),
    ).toHaveAttribute('href', '/catalog/default/resource/bad-key');
    expect(within(rows[0]).getByText('Non-compliant')).toBeInTheDocument();
    expect(within(rows[0]).getByText(/is a placeholder/)).toBeInTheDocument();
    expect(within(rows[1]).getByText('search-team')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Compliant')).toBeInTheDocument();
    expect(
      screen.queryByText(/not an approved secret store/),
    ).not.toBeInTheDocument();
    expect(vaultStore.approved).toBe(true);
  });

  it('says when the store itself is not approved', async () => {
    await renderCard(
      servingSecretsOf('resource:default/team-laptops', [
        makeSecret('laptop-token', { store: laptopStore }),
      ]),
      'team-laptops',
    );
    expect(
      await screen.findByText(
        /The provider "team-laptops" is not an approved secret store\. Move the secret kept here to an approved store\./,
      ),
    ).toBeInTheDocument();
  });

  it('counts the secrets to move when the store keeps several', async () => {
    await renderCard(
      servingSecretsOf('resource:default/team-laptops', [
        makeSecret('laptop-token', { store: laptopStore }),
        makeSecret('laptop-password', { store: laptopStore }),
      ]),
      'team-laptops',
    );
    expect(
      await screen.findByText(
        /Move the 2 secrets kept here to an approved store\./,
      ),
    ).toBeInTheDocument();
  });

  it('says when no secret is kept in the store', async () => {
    await renderCard(new FakeSecretsApi({}), 'empty-store');
    expect(
      await screen.findByText(/No secret in the catalog names this store/),
    ).toBeInTheDocument();
  });

  it('shows the error when the backend fails', async () => {
    await renderCard(new FakeSecretsApi({ status: 500 }), 'vault');
    expect(
      await screen.findByText(/Could not load the secrets of this store/),
    ).toBeInTheDocument();
  });
});
