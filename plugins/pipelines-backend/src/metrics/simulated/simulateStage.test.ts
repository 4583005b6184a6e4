import {
  DEFAULT_THRESHOLDS,
  METRIC_PROFILES,
  evaluateStageHealth,
  MetricWindow,
  metricWindow,
  MonitoredStageType,
} from '@stagecraft/plugin-pipelines-common';
import { simulateStage } from './simulateStage';
import { SimulatedMetricsSource } from './SimulatedMetricsSource';
import { stageRequest } from '../../__testUtils__/requests';

/** Simulates a stage with the metrics its type is monitored by. */
const simulate = (
  stageType: MonitoredStageType,
  options: Parameters<typeof simulateStage>[1],
  window: MetricWindow,
) =>
  simulateStage(stageType, options, METRIC_PROFILES[stageType].metrics, window);
const NOW = Date.UTC(2025, 5, 4, 15, 0);

describe('simulateStage', () => {
  it('is deterministic per entity and differs between entities', () => {
    const window = metricWindow('3h', NOW);
    const a1 = simulate(
      'lambda-function',
      { seed: 'component:default/a' },
      window,
    );
    const a2 = simulate(
      'lambda-function',
      { seed: 'component:default/a' },
      window,
    );
    const b = simulate(
      'lambda-function',
      { seed: 'component:default/b' },
      window,
    );
    expect(a1).toEqual(a2);
    expect(a1.invocations).not.toEqual(b.invocations);
    expect(a1.invocations).toHaveLength(180);
  });

  it('agrees with itself across ranges (the same minute has the same value)', () => {
    const oneHour = simulate(
      'kinesis-stream',
      { seed: 's' },
      metricWindow('1h', NOW),
    );
    const threeHours = simulate(
      'kinesis-stream',
      { seed: 's' },
      metricWindow('3h', NOW),
    );
    expect(threeHours.incomingRecords.slice(-60)).toEqual(
      oneHour.incomingRecords,
    );
  });

  it('follows a daily shape: busier in the afternoon than at night', () => {
    const day = simulate(
      'kinesis-stream',
      { seed: 's' },
      metricWindow('7d', NOW),
    );
    const byHour = (h: number) =>
      day.incomingRecords
        .filter(([t]) => new Date(t).getUTCHours() === h)
        .map(([, v]) => v)
        .sort((x, y) => x - y);
    const median = (v: number[]) => v[Math.floor(v.length / 2)];
    expect(median(byHour(15))).toBeGreaterThan(2 * median(byHour(4)));
  });

  it('has no iterator age for a Lambda no stream feeds, and one for a stream consumer', () => {
    const window = metricWindow('1h', NOW);
    expect(
      simulate('lambda-function', { seed: 'x' }, window).iteratorAgeMs,
    ).toEqual([]);
    expect(
      simulate('lambda-function', { seed: 'x', streamSourced: true }, window)
        .iteratorAgeMs,
    ).toHaveLength(60);
  });

  it('keeps a dead-letter queue empty except during incidents', () => {
    const week = simulate(
      'sqs-queue',
      { seed: 'resource:default/events-dlq', deadLetterQueue: true },
      metricWindow('7d', NOW),
    );
    const nonEmpty = week.visibleMessages.filter(([, v]) => v > 0).length;
    expect(nonEmpty).toBeGreaterThan(0);
    expect(nonEmpty).toBeLessThan(week.visibleMessages.length / 4);
  });

  it('produces incidents the health rules notice, now and then, across a fleet', () => {
    const states = new Map<string, number>();
    for (let i = 0; i < 30; i++) {
      for (let hour = 0; hour < 48; hour += 3) {
        const window = metricWindow('1h', NOW - hour * 3_600_000);
        const stageType = i % 2 ? 'kinesis-stream' : 'lambda-function';
        const series = simulate(
          stageType,
          { seed: `stage-${i}`, streamSourced: true },
          window,
        );
        const { state } = evaluateStageHealth({
          stageType,
          series,
          window,
          thresholds: DEFAULT_THRESHOLDS,
        });
        states.set(state, (states.get(state) ?? 0) + 1);
      }
    }
    const total = [...states.values()].reduce((a, b) => a + b, 0);
    expect((states.get('ok') ?? 0) / total).toBeGreaterThan(0.6);
    expect(states.get('critical') ?? 0).toBeGreaterThan(0);
    expect(states.get('data-stopped') ?? 0).toBeGreaterThan(0);
    expect(states.get('warning') ?? 0).toBeGreaterThan(0);
  });
});

describe('SimulatedMetricsSource', () => {
  it('answers every request, fresh', async () => {
    const source = new SimulatedMetricsSource(() => NOW);
    const result = await source.fetch(
      [
        stageRequest('firehose-delivery-stream', 'f'),
        stageRequest('state-machine', 'sm'),
      ],
      metricWindow('1h', NOW),
    );
    expect(
      result.get('component:default/f')?.series?.dataFreshnessSeconds,
    ).toHaveLength(60);
    expect(result.get('component:default/sm')?.freshness).toEqual({
      fetchedAt: new Date(NOW).toISOString(),
      stale: false,
    });
  });
});
