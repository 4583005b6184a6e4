import { screen, waitFor, within } from '@testing-library/react';
import { Entity } from '@backstage/catalog-model';
import {
  FakeSecretsApi,
  finding,
  laptopStore,
  makeSecret,
  servingSecretsOf,
} from '../../__testUtils__/fixtures';
import { renderOnEntityPage } from '../../__testUtils__/renderOnEntityPage';
import {
  dependsOnAnyResource,
  EntityDependsOnSecretsCard,
} from './EntityDependsOnSecretsCard';

const component = (dependsOn: string[], relations = true): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'reviews-api' },
  spec: { type: 'service', owner: 'reviews-team', dependsOn },
  relations: relations
    ? dependsOn.map(targetRef => ({ type: 'dependsOn', targetRef }))
    : undefined,
});

const renderCard = (secretsApi: FakeSecretsApi, entity: Entity) =>
  renderOnEntityPage(
    <div data-testid="card-slot">
      <EntityDependsOnSecretsCard />
    </div>,
    { entity, secretsApi },
  );

describe('EntityDependsOnSecretsCard', () => {
  it('lists the secrets the entity depends on with their store and compliance', async () => {
    const secretsApi = servingSecretsOf('component:default/reviews-api', [
      makeSecret('reviews-db', { title: 'Reviews database' }),
      makeSecret('laptop-token', { store: laptopStore }, [
        finding({ message: 'Store team-laptops is not approved.' }),
      ]),
    ]);
    await renderCard(
      secretsApi,
      component([
        'resource:default/reviews-db',
        'resource:default/laptop-token',
      ]),
    );

    expect(await screen.findByText('Secrets used')).toBeInTheDocument();
    expect(screen.getByText('2 secrets · 1 non-compliant')).toBeInTheDocument();
    const rows = screen.getAllByRole('row').slice(1);
    expect(within(rows[0]).getByText('laptop-token')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Team laptops')).toBeInTheDocument();
    expect(within(rows[0]).getByText('unapproved')).toBeInTheDocument();
    expect(
      within(rows[0]).getByText('Store team-laptops is not approved.'),
    ).toBeInTheDocument();
    expect(within(rows[1]).getByText('Reviews database')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Compliant')).toBeInTheDocument();
  });

  it('renders nothing when none of the resources it depends on is a secret', async () => {
    const secretsApi = new FakeSecretsApi({});
    await renderCard(secretsApi, component(['resource:default/reviews-table']));
    await waitFor(() =>
      expect(secretsApi.calls).toEqual([
        'getSecretsOfEntity component:default/reviews-api',
      ]),
    );
    expect(screen.getByTestId('card-slot')).toBeEmptyDOMElement();
  });

  it('does not ask the backend when the entity depends on no resource', async () => {
    const secretsApi = new FakeSecretsApi({});
    await renderCard(secretsApi, component(['component:default/other']));
    expect(screen.getByTestId('card-slot')).toBeEmptyDOMElement();
    expect(secretsApi.calls).toEqual([]);
  });

  it('shows the error when the backend fails', async () => {
    await renderCard(
      new FakeSecretsApi({ status: 500 }),
      component(['resource:default/reviews-db']),
    );
    expect(
      await screen.findByText(/Could not load the secrets this entity uses/),
    ).toBeInTheDocument();
  });
});

describe('dependsOnAnyResource', () => {
  it('reads dependsOn relations and spec.dependsOn', () => {
    expect(dependsOnAnyResource(component(['resource:default/x']))).toBe(true);
    expect(dependsOnAnyResource(component(['resource:x'], false))).toBe(true);
    expect(dependsOnAnyResource(component(['component:default/x']))).toBe(
      false,
    );
    expect(dependsOnAnyResource(component([]))).toBe(false);
    expect(dependsOnAnyResource(component(['not a ref:'], false))).toBe(false);
  });
});
