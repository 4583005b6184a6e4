import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { DEFAULT_THRESHOLDS } from '@stagecraft/plugin-pipelines-common';
import { SimulatedLiveConfigSource } from '../liveConfig/SimulatedLiveConfigSource';
import {
  CountingSource,
  lambdaPipeline as entities,
} from '../__testUtils__/countingSource';
import { PipelinesService } from './PipelinesService';

describe('PipelinesService', () => {
  const ref = { kind: 'component', namespace: 'default', name: 'p' };
  const auth = { credentials: mockCredentials.user() };

  function setup() {
    let now = Date.UTC(2025, 0, 1, 12, 0, 10);
    const metrics = new CountingSource();
    const service = new PipelinesService({
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      metrics,
      liveConfig: new SimulatedLiveConfigSource(),
      thresholds: DEFAULT_THRESHOLDS,
      logger: mockServices.logger.mock(),
      clock: () => now,
    });
    return { service, metrics, tick: (ms: number) => (now += ms) };
  }

  it('computes a view once per period for everyone who sees the same entities', async () => {
    const { service, metrics, tick } = setup();
    await Promise.all(
      Array.from({ length: 10 }, () =>
        service.getPipelineView(ref, '1h', auth),
      ),
    );
    expect(metrics.fetches).toBe(1);
    tick(30_000);
    await service.getPipelineView(ref, '1h', auth);
    expect(metrics.fetches).toBe(1);
    tick(60_000);
    await service.getPipelineView(ref, '1h', auth);
    expect(metrics.fetches).toBe(2);
  });

  it('does not keep a view in which a stage failed', async () => {
    const { service, metrics } = setup();
    metrics.failing = true;
    const failed = await service.getPipelineView(ref, '1h', auth);
    expect(failed.stages[0].health).toEqual({
      state: 'unknown',
      reasons: [{ state: 'unknown', metric: 'fetch', message: 'AccessDenied' }],
    });
    metrics.failing = false;
    const recovered = await service.getPipelineView(ref, '1h', auth);
    expect(metrics.fetches).toBe(2);
    expect(recovered.stages[0].health.state).toBe('ok');
  });
});
