import { evaluateStageHealth, HealthInput } from './evaluate';
import { DEFAULT_THRESHOLDS, mergeThresholds } from './thresholds';
import { worstHealth } from './state';
import { HEALTH_WINDOW as window, series } from './__testUtils__/healthWindow';

/** Judges the series of a stage of `stageType` over the test window. */
const evaluate = (
  stageType: HealthInput['stageType'],
  metrics: HealthInput['series'],
  thresholds = DEFAULT_THRESHOLDS,
) => evaluateStageHealth({ stageType, series: metrics, window, thresholds });

describe('evaluateStageHealth', () => {
  it('is healthy when nothing crosses a threshold', () => {
    expect(
      evaluate('kinesis-stream', {
        incomingRecords: series(() => 1000),
        iteratorAgeMs: series(() => 200),
      }),
    ).toEqual({ state: 'ok', reasons: [] });
  });

  it('flags a climbing iterator age as critical', () => {
    const health = evaluate('kinesis-stream', {
      incomingRecords: series(() => 1000),
      iteratorAgeMs: series(i => i * 10_000),
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
    const health = evaluate('lambda-function', {
      invocations: series(() => 100),
      errors: series(i => (i >= 57 ? 3 : 0)),
    });
    expect(health.state).toBe('warning');
    expect(health.reasons[0].message).toBe(
      'Error rate 1.80% (9 of 500 invocations) (warning at 1.00%)',
    );
  });

  it('says data stopped when a stream with traffic gets none, and ranks it worst', () => {
    const health = evaluate(
      'kinesis-stream',
      // Records until 7 periods ago, then nothing (CloudWatch sends no datapoints).
      {
        incomingRecords: series(i => (i < 53 ? 5000 : undefined)),
        iteratorAgeMs: series(() => 400_000),
      },
    );
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
    const quiet = evaluate('kinesis-stream', {
      incomingRecords: series(i => (i % 30 === 0 ? 10 : undefined)),
    });
    expect(quiet.state).toBe('ok');
    const paused = evaluate('kinesis-stream', {
      incomingRecords: series(i => (i < 57 ? 10 : undefined)),
    });
    expect(paused.state).toBe('ok');
  });

  it('applies per-entity overrides (a DLQ that should be empty)', () => {
    const thresholds = mergeThresholds(DEFAULT_THRESHOLDS, {
      visibleMessages: { warning: 1, critical: 100 },
    });
    const health = evaluate(
      'sqs-queue',
      {
        visibleMessages: series(() => 4),
        oldestMessageAgeSeconds: series(() => 30),
      },
      thresholds,
    );
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
    const health = evaluate('state-machine', {
      executionsFailed: series(i => (i === 58 ? 4 : 0)),
      executionsTimedOut: series(i => (i === 59 ? 2 : 0)),
    });
    expect(health.state).toBe('critical');
  });

  describe('says a count of one in the singular', () => {
    const onePeriod = mergeThresholds(DEFAULT_THRESHOLDS, {
      evaluationPeriods: 1,
      dataStoppedPeriods: 1,
    });
    const lastPeriodOnly = (i: number) => (i === 59 ? 1 : 0);

    it.each<{
      title: string;
      stageType: HealthInput['stageType'];
      metrics: HealthInput['series'];
      messages: string[];
    }>([
      {
        title: 'a stream with one throttled request',
        stageType: 'kinesis-stream',
        metrics: {
          incomingRecords: series(() => 10),
          readThrottles: series(lastPeriodOnly),
        },
        messages: ['1 throttled request in the last 1 period (warning at 1)'],
      },
      {
        title: 'a function with one invocation, one error and one throttle',
        stageType: 'lambda-function',
        metrics: {
          invocations: series(lastPeriodOnly),
          errors: series(lastPeriodOnly),
          throttles: series(lastPeriodOnly),
        },
        messages: [
          'Error rate 100.0% (1 of 1 invocation) (critical at 5.00%)',
          '1 throttle in the last 1 period (warning at 1)',
        ],
      },
      {
        title: 'a state machine with one failed execution',
        stageType: 'state-machine',
        metrics: { executionsFailed: series(lastPeriodOnly) },
        messages: [
          '1 failed or timed-out execution in the last 1 period (warning at 1)',
        ],
      },
    ])('for $title', ({ stageType, metrics, messages }) => {
      const health = evaluate(stageType, metrics, onePeriod);
      expect(health.reasons.map(r => r.message)).toEqual(messages);
    });

    it('for data stopped for one period', () => {
      const health = evaluate(
        'kinesis-stream',
        { incomingRecords: series(i => (i < 58 ? 10 : undefined)) },
        onePeriod,
      );
      expect(health.reasons[0].message).toBe(
        'No incoming records for 1 period (1 min); usually 10 per period',
      );
    });
  });

  it('does not monitor stages without metrics', () => {
    expect(evaluate('s3-bucket', {}).state).toBe('not-monitored');
  });
});
