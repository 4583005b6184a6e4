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

  it('names a campaign, its progress and CSV by its id, encoded', () => {
    expect(READINESS_ROUTES.campaign.pattern).toBe('/campaigns/:id');
    expect(READINESS_ROUTES.campaignProgress.path('cyber week')).toBe(
      '/campaigns/cyber%20week/progress',
    );
    expect(READINESS_ROUTES.campaignResultsCsv.pattern).toBe(
      '/campaigns/:id/results.csv',
    );
    expect(READINESS_ROUTES.entityCampaigns.pattern).toBe(
      '/entities/:kind/:namespace/:name/campaigns',
    );
  });
});
