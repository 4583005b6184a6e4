import { monitorsCheck } from './monitorsCheck';
import { runCheck } from '../__testUtils__/check';
import {
  component,
  group,
  lambda,
  resource,
  user,
} from '../__testUtils__/entities';

const alarms = (names: string) => ({
  'stagecraft.io/cloudwatch-alarms': names,
});
const stream = resource('events-stream', 'kinesis-stream', {
  annotations: alarms('events-stream-incoming-records'),
});
const bucket = resource('events-bucket', 's3-bucket');
const others = [group(), user(), stream, bucket];

describe('monitors check', () => {
  it('fails when nothing is declared', () => {
    const outcome = runCheck(monitorsCheck, component('api'));
    expect(outcome.status).toBe('fail');
    expect(outcome.reason).toMatch(/^No alarms or monitors declared/);
  });

  it('passes a service with any declared alarm', () => {
    const outcome = runCheck(
      monitorsCheck,
      component('api', { annotations: alarms('api-p99-latency') }),
    );
    expect(outcome).toEqual({
      status: 'pass',
      reason: 'CloudWatch alarms: api-p99-latency.',
    });
  });

  it('counts Datadog monitors as declared, and says their purpose is unknown', () => {
    const outcome = runCheck(
      monitorsCheck,
      component('api', {
        annotations: { 'datadoghq.com/monitor-ids': '123, 456' },
      }),
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.reason).toBe('Datadog monitors: 123, 456.');
    expect(outcome.notes?.[0]).toMatch(/cannot be told from an id/);
  });

  describe('a Lambda reading a Kinesis stream', () => {
    const consumer = (names: string) =>
      lambda('processor', {
        annotations: {
          ...alarms(names),
          'stagecraft.io/reads-from': 'resource:default/events-stream',
        },
      });
    const judgeConsumer = (names: string) =>
      runCheck(monitorsCheck, consumer(names), others);

    it('passes with an iterator-age and an errors alarm', () => {
      const outcome = judgeConsumer('processor-IteratorAge,processor-errors');
      expect(outcome.status).toBe('pass');
      expect(outcome.reason).toMatch(
        /Meets the expectations for: Lambda function, Lambda reading a Kinesis stream\.$/,
      );
    });

    it('fails without an iterator-age alarm, naming what is missing', () => {
      const outcome = judgeConsumer('processor-errors');
      expect(outcome.status).toBe('fail');
      expect(outcome.reason).toBe(
        'Lambda reading a Kinesis stream: needs iterator-age (an alarm named with "iterator-age"). Declared: CloudWatch alarms: processor-errors.',
      );
    });

    it('fails without an errors alarm', () => {
      const outcome = judgeConsumer('processor-iterator-age');
      expect(outcome.reason).toMatch(/^Lambda function: needs errors/);
      expect(outcome.reason).toMatch(
        /Lambda reading a Kinesis stream: needs errors/,
      );
    });

    it('does not expect an iterator-age alarm of a Lambda reading a bucket', () => {
      const reader = lambda('partitioner', {
        annotations: {
          ...alarms('partitioner-errors'),
          'stagecraft.io/reads-from': 'resource:default/events-bucket',
        },
      });
      expect(runCheck(monitorsCheck, reader, others).status).toBe('pass');
    });
  });

  it('expects a no-incoming-data alarm on a Kinesis stream', () => {
    const quiet = resource('s', 'kinesis-stream', {
      annotations: alarms('s-iterator-age,s-write-throughput-exceeded'),
    });
    const outcome = runCheck(monitorsCheck, quiet);
    expect(outcome.status).toBe('fail');
    expect(outcome.reason).toMatch(/^Kinesis stream: needs no-incoming-data/);
    expect(runCheck(monitorsCheck, stream).status).toBe('pass');
  });

  it('expects an age-of-oldest-message alarm on a queue, not an iterator age', () => {
    const queue = (names: string) =>
      resource('q', 'sqs-queue', { annotations: alarms(names) });
    expect(runCheck(monitorsCheck, queue('q-depth')).status).toBe('fail');
    expect(runCheck(monitorsCheck, queue('q-iterator-age')).status).toBe(
      'fail',
    );
    expect(runCheck(monitorsCheck, queue('q-message-usage')).status).toBe(
      'fail',
    );
    expect(runCheck(monitorsCheck, queue('q-age')).status).toBe('pass');
    expect(
      runCheck(monitorsCheck, queue('q-ApproximateAgeOfOldestMessage')).status,
    ).toBe('pass');
  });

  it('accepts a not-empty alarm on a dead-letter queue', () => {
    const dlq = (names: string) =>
      resource('dlq', 'sqs-queue', {
        tags: ['dlq'],
        annotations: alarms(names),
      });
    expect(runCheck(monitorsCheck, dlq('dlq-not-empty')).status).toBe('pass');
    expect(runCheck(monitorsCheck, dlq('dlq-age')).status).toBe('pass');
    const outcome = runCheck(monitorsCheck, dlq('dlq-throttles'));
    expect(outcome.status).toBe('fail');
    expect(outcome.reason).toMatch(
      /^Dead-letter queue: needs messages-visible \(.*\) or oldest-message-age/,
    );
  });
});
