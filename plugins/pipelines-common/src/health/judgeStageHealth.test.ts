import { Entity } from '@backstage/catalog-model';
import { describeStage } from '../model/pipelineFlow';
import { judgeStageHealth } from './judgeStageHealth';
import { DEFAULT_THRESHOLDS } from './thresholds';
import {
  END,
  HEALTH_WINDOW as window,
  series,
} from './__testUtils__/healthWindow';

const fetchedAt = new Date(END).toISOString();

function stream(annotations: Record<string, string> = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: 'raw-events',
      annotations: {
        'amazonaws.com/arn':
          'arn:aws:kinesis:eu-west-1:123456789012:stream/raw-events',
        ...annotations,
      },
    },
    spec: { type: 'kinesis-stream', owner: 'team-a' },
  };
}

const REF = 'resource:default/raw-events';
const healthy = {
  incomingRecords: series(() => 1000),
  iteratorAgeMs: series(() => 200),
};

function judge(
  entity: Entity | undefined,
  fetched: Parameters<typeof judgeStageHealth>[0]['fetched'],
) {
  return judgeStageHealth({
    stage: describeStage(REF, entity),
    entity,
    fetched,
    window,
    thresholds: DEFAULT_THRESHOLDS,
  });
}

describe('judgeStageHealth', () => {
  it('is unknown, with no reason, for a stage missing from the catalog', () => {
    expect(judge(undefined, undefined)).toEqual({
      health: { state: 'unknown', reasons: [] },
      problems: [],
    });
  });

  it('is not monitored for a stage type without metrics', () => {
    const table: Entity = {
      ...stream(),
      spec: { type: 'dynamodb-table', owner: 'team-a' },
    };
    expect(judge(table, undefined)).toEqual({
      health: { state: 'not-monitored', reasons: [] },
      problems: [],
    });
  });

  it('is not monitored, saying why, for a monitored type without an AWS target', () => {
    const noArn: Entity = { ...stream(), metadata: { name: 'raw-events' } };
    const { health } = judge(noArn, undefined);
    expect(health.state).toBe('not-monitored');
    expect(health.reasons).toHaveLength(1);
    expect(health.reasons[0]).toMatchObject({
      state: 'not-monitored',
      metric: 'catalog',
    });
    expect(health.reasons[0].message).toContain('amazonaws.com/arn');
  });

  it('is unknown when the metrics could not be read', () => {
    expect(
      judge(stream(), {
        freshness: { fetchedAt, stale: false, error: 'AccessDenied' },
      }).health,
    ).toEqual({
      state: 'unknown',
      reasons: [{ state: 'unknown', metric: 'fetch', message: 'AccessDenied' }],
    });
    expect(judge(stream(), undefined).health.reasons[0].message).toBe(
      'No metrics were returned',
    );
  });

  it('judges fresh metrics with the entity’s threshold overrides', () => {
    const fresh = { series: healthy, freshness: { fetchedAt, stale: false } };
    expect(judge(stream(), fresh).health).toEqual({ state: 'ok', reasons: [] });
    const strict = judge(
      stream({ 'stagecraft.io/threshold-iterator-age-ms': '100/150' }),
      fresh,
    );
    expect(strict.health.state).toBe('critical');
    expect(strict.problems).toEqual([]);
  });

  it('returns the problems of the threshold annotations whatever the state', () => {
    const entity = stream({
      'stagecraft.io/threshold-iterator-age-ms': 'high',
    });
    expect(judge(entity, undefined).problems).toHaveLength(1);
    expect(judge(entity, undefined).problems[0]).toContain(
      'stagecraft.io/threshold-iterator-age-ms',
    );
  });

  it('adds an unknown reason, with the age, for stale metrics', () => {
    const { health } = judge(stream(), {
      series: healthy,
      freshness: {
        fetchedAt,
        stale: true,
        staleAgeMs: 5 * 60_000,
        error: 'Throttling',
      },
    });
    expect(health).toEqual({
      state: 'unknown',
      reasons: [
        {
          state: 'unknown',
          metric: 'fetch',
          message: 'Judged on data 5 min old: Throttling',
        },
      ],
    });
    expect(
      judge(stream(), {
        series: healthy,
        freshness: { fetchedAt, stale: true },
      }).health.reasons[0].message,
    ).toBe('Judged on data 0 min old: the latest fetch failed');
  });
});
