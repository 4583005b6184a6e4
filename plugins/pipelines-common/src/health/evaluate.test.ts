import { evaluateStageHealth } from './evaluate';
import { DEFAULT_THRESHOLDS, mergeThresholds } from './thresholds';
import { worstHealth } from './state';
import { HEALTH_WINDOW as window, series } from './__testUtils__/healthWindow';

describe('evaluateStageHealth', () => {
  it('is healthy when nothing crosses a threshold', () => {
    expect(
      evaluateStageHealth({
        stageType: 'kinesis-stream',
        series: {
          incomingRecords: series(() => 1000),
          iteratorAgeMs: series(() => 200),
        },
        window,
        thresholds: DEFAULT_THRESHOLDS,
      }),
    ).toEqual({ state: 'ok', reasons: [] });
  });

  it('flags a climbing iterator age as critical', () => {
    const health = evaluateStageHealth({
      stageType: 'kinesis-stream',
      series: {
        incomingRecords: series(() => 1000),
        iteratorAgeMs: series(i => i * 10_000),
      },
      window,
      thresholds: DEFAULT_THRESHOLDS,
    });
    expect(health.state).toBe('critical');
    expect(health.reasons).toEqual([
      {
        state: 'critical',
        metric: 'iteratorAgeMs',
        message: 'Iterator age 9m 50s (critical at 5m 0s)',
      },
    ]);
  });

  it('computes the Lambda error rate over the evaluation periods', () => {
    const health = evaluateStageHealth({
      stageType: 'lambda-function',
      series: {
        invocations: series(() => 100),
        errors: series(i => (i >= 57 ? 3 : 0)),
      },
      window,
      thresholds: DEFAULT_THRESHOLDS,
    });
    expect(health.state).toBe('warning');
    expect(health.reasons[0].message).toBe(
      'Error rate 1.80% (9 of 500 invocations) (warning at 1.00%)',
    );
  });

  it('says data stopped when a stream with traffic gets none, and ranks it worst', () => {
    const health = evaluateStageHealth({
      stageType: 'kinesis-stream',
      // Records until 7 periods ago, then nothing (CloudWatch sends no datapoints).
      series: {
        incomingRecords: series(i => (i < 53 ? 5000 : undefined)),
        iteratorAgeMs: series(() => 400_000),
      },
      window,
      thresholds: DEFAULT_THRESHOLDS,
    });
    expect(health.state).toBe('data-stopped');
    expect(health.reasons[0]).toEqual({
      state: 'data-stopped',
      metric: 'incomingRecords',
      message:
        'No incoming records for 5 periods (5 min); usually 5.0k per period',
    });
    expect(worstHealth(['critical', 'data-stopped', 'unknown'])).toBe(
      'data-stopped',
    );
  });

  it('does not call a stream that is usually idle stopped, nor one that only just paused', () => {
    const quiet = evaluateStageHealth({
      stageType: 'kinesis-stream',
      series: { incomingRecords: series(i => (i % 30 === 0 ? 10 : undefined)) },
      window,
      thresholds: DEFAULT_THRESHOLDS,
    });
    expect(quiet.state).toBe('ok');
    const paused = evaluateStageHealth({
      stageType: 'kinesis-stream',
      series: { incomingRecords: series(i => (i < 57 ? 10 : undefined)) },
      window,
      thresholds: DEFAULT_THRESHOLDS,
    });
    expect(paused.state).toBe('ok');
  });

  it('applies per-entity overrides (a DLQ that should be empty)', () => {
    const thresholds = mergeThresholds(DEFAULT_THRESHOLDS, {
      visibleMessages: { warning: 1, critical: 100 },
    });
    const health = evaluateStageHealth({
      stageType: 'sqs-queue',
      series: {
        visibleMessages: series(() => 4),
        oldestMessageAgeSeconds: series(() => 30),
      },
      window,
      thresholds,
    });
    expect(health).toEqual({
      state: 'warning',
      reasons: [
        {
          state: 'warning',
          metric: 'visibleMessages',
          message: 'Messages visible 4 (warning at 1)',
        },
      ],
    });
  });

  it('counts failed and timed-out executions of a state machine', () => {
    const health = evaluateStageHealth({
      stageType: 'state-machine',
      series: {
        executionsFailed: series(i => (i === 58 ? 4 : 0)),
        executionsTimedOut: series(i => (i === 59 ? 2 : 0)),
      },
      window,
      thresholds: DEFAULT_THRESHOLDS,
    });
    expect(health.state).toBe('critical');
  });

  it('does not monitor stages without metrics', () => {
    expect(
      evaluateStageHealth({
        stageType: 's3-bucket',
        series: {},
        window,
        thresholds: DEFAULT_THRESHOLDS,
      }).state,
    ).toBe('not-monitored');
  });
});
