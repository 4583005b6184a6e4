import { PIPELINES_ROUTES } from './routes';

describe('PIPELINES_ROUTES', () => {
  it('scopes every route under /entities, in lower case', () => {
    expect(PIPELINES_ROUTES.pipeline.pattern).toBe(
      '/entities/:kind/:namespace/:name/pipeline',
    );
    expect(
      PIPELINES_ROUTES.stageMetrics.path({
        kind: 'Resource',
        namespace: 'default',
        name: 'q',
      }),
    ).toBe('/entities/resource/default/q/metrics');
    expect(PIPELINES_ROUTES.stageConfig.pattern).toBe(
      '/entities/:kind/:namespace/:name/config',
    );
  });
});
