import { READINESS_ROUTES } from './routes';

describe('READINESS_ROUTES', () => {
  it('names the collections and their CSV', () => {
    expect(READINESS_ROUTES.results).toBe('/results');
    expect(READINESS_ROUTES.resultsCsv).toBe('/results/export.csv');
  });

  it('scopes the entity routes under /entities, in lower case', () => {
    const ref = { kind: 'Component', namespace: 'default', name: 'Checkout' };
    expect(READINESS_ROUTES.entityReadiness.pattern).toBe(
      '/entities/:kind/:namespace/:name/readiness',
    );
    expect(READINESS_ROUTES.entityReadiness.path(ref)).toBe(
      '/entities/component/default/checkout/readiness',
    );
    expect(READINESS_ROUTES.entityEvaluate.path(ref)).toBe(
      '/entities/component/default/checkout/evaluate',
    );
  });
});
