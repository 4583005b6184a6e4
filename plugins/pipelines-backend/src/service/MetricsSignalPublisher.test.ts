import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { SignalPayload, SignalsService } from '@backstage/plugin-signals-node';
import { DEFAULT_THRESHOLDS } from '@stagecraft/plugin-pipelines-common';
import { SimulatedLiveConfigSource } from '../liveConfig/SimulatedLiveConfigSource';
import {
  CountingSource,
  lambdaPipeline,
} from '../__testUtils__/countingSource';
import { MetricsSignalPublisher } from './MetricsSignalPublisher';
import { MetricsWatch } from './MetricsWatch';
import { PipelinesService } from './PipelinesService';

/** The signals boundary: what would go out to the browsers. */
class RecordingSignals implements SignalsService {
  readonly sent: SignalPayload[] = [];
  async publish(signal: SignalPayload) {
    this.sent.push(signal);
  }
}

const pipeline = { kind: 'component', namespace: 'default', name: 'p' };
const stage = { kind: 'component', namespace: 'default', name: 'fn' };
const alice = { credentials: mockCredentials.user('user:default/alice') };
const bob = { credentials: mockCredentials.user('user:default/bob') };
const PERIOD = 60_000;

function setup() {
  let now = Date.UTC(2025, 0, 1, 12, 0, 10);
  const clock = () => now;
  const metrics = new CountingSource();
  const watch = new MetricsWatch({ clock, ttlMs: 20 * PERIOD });
  const auth = mockServices.auth();
  const service = new PipelinesService({
    catalog: catalogServiceMock({ entities: lambdaPipeline }),
    auth,
    metrics,
    liveConfig: new SimulatedLiveConfigSource(clock),
    thresholds: DEFAULT_THRESHOLDS,
    logger: mockServices.logger.mock(),
    clock,
    watch,
  });
  const signals = new RecordingSignals();
  const publisher = new MetricsSignalPublisher({
    watch,
    service,
    auth,
    signals,
    logger: mockServices.logger.mock(),
  });
  const windowEnd = () => Math.floor(now / PERIOD) * PERIOD;
  return {
    service,
    metrics,
    signals,
    publisher,
    windowEnd,
    tick: (ms: number) => (now += ms),
  };
}

describe('MetricsSignalPublisher', () => {
  it('fetches an open view once its period turns, then signals the users who have it open', async () => {
    const { service, metrics, signals, publisher, windowEnd, tick } = setup();
    await service.getPipelineView(pipeline, '1h', alice);
    await service.getPipelineView(pipeline, '1h', bob);
    // They have just been given this window: nothing to announce.
    expect(await publisher.publishDue()).toBe(0);
    const fetchesBefore = metrics.fetches;

    tick(PERIOD);
    expect(await publisher.publishDue()).toBe(1);
    expect(metrics.fetches).toBe(fetchesBefore + 1);
    expect(signals.sent).toEqual([
      {
        recipients: {
          type: 'user',
          entityRef: ['user:default/alice', 'user:default/bob'],
        },
        channel: 'pipelines:metrics:component:default/p',
        message: { range: '1h', windowEnd: windowEnd() },
      },
    ]);
    // The pages' loads that follow are served without another fetch.
    await service.getPipelineView(pipeline, '1h', alice);
    expect(metrics.fetches).toBe(fetchesBefore + 1);
    // And the same window is not announced twice.
    expect(await publisher.publishDue()).toBe(0);
  });

  it('does not announce a window that failed, and does once it is fetched', async () => {
    const { service, metrics, signals, publisher, tick } = setup();
    await service.getPipelineView(pipeline, '1h', alice);
    tick(PERIOD);
    metrics.failing = true;
    expect(await publisher.publishDue()).toBe(0);
    metrics.failing = false;
    expect(await publisher.publishDue()).toBe(1);
    expect(signals.sent).toHaveLength(1);
  });

  it("announces a stage's metrics on the stage's channel, per range", async () => {
    const { service, signals, publisher, tick } = setup();
    await service.getStageMetrics(stage, '3h', bob);
    tick(PERIOD);
    expect(await publisher.publishDue()).toBe(1);
    expect(signals.sent[0]).toMatchObject({
      recipients: { type: 'user', entityRef: ['user:default/bob'] },
      channel: 'pipelines:metrics:component:default/fn',
      message: { range: '3h' },
    });
  });

  it('stops refreshing a view nobody has loaded for the watch lifetime', async () => {
    const { service, metrics, publisher, tick } = setup();
    await service.getPipelineView(pipeline, '1h', alice);
    tick(21 * PERIOD);
    const fetchesBefore = metrics.fetches;
    expect(await publisher.publishDue()).toBe(0);
    expect(metrics.fetches).toBe(fetchesBefore);
  });

  it('does not count its own loads, or a service, as someone watching', async () => {
    const { service, signals, publisher, tick } = setup();
    await service.getPipelineView(pipeline, '1h', {
      credentials: mockCredentials.service(),
    });
    tick(PERIOD);
    expect(await publisher.publishDue()).toBe(0);
    expect(signals.sent).toEqual([]);
  });
});
