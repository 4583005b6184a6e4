import { PIPELINES_ROUTES } from './routes';

describe('PIPELINES_ROUTES', () => {
  it.each([
    ['pipeline', '/entities/:kind/:namespace/:name/pipeline'],
    ['stageMetrics', '/entities/:kind/:namespace/:name/metrics'],
    ['stageConfig', '/entities/:kind/:namespace/:name/config'],
    ['edgeDrift', '/entities/:kind/:namespace/:name/drift'],
    ['capacity', '/entities/:kind/:namespace/:name/capacity'],
  ] as const)('registers %s at %s', (route, pattern) => {
    expect(PIPELINES_ROUTES[route].pattern).toBe(pattern);
  });

  it('calls a stage by its lower-case ref', () => {
    const stage = { kind: 'Resource', namespace: 'default', name: 'Q' };
    expect(PIPELINES_ROUTES.stageMetrics.path(stage)).toBe(
      '/entities/resource/default/q/metrics',
    );
  });
});
