import { SECRETS_ROUTES } from './routes';

describe('SECRETS_ROUTES', () => {
  it('names the collection, its CSV and the entity-scoped route', () => {
    expect(SECRETS_ROUTES.review).toBe('/secrets');
    expect(SECRETS_ROUTES.reviewCsv).toBe('/secrets/export.csv');
    expect(SECRETS_ROUTES.entitySecrets.pattern).toBe(
      '/entities/:kind/:namespace/:name/secrets',
    );
    expect(
      SECRETS_ROUTES.entitySecrets.path({
        kind: 'Resource',
        namespace: 'default',
        name: 'Orders-DB-Password',
      }),
    ).toBe('/entities/resource/default/orders-db-password/secrets');
  });
});
