import { abortSignalOfFirstSend } from '@internal/stagecraft-test-utils';
import {
  CloudWatchClient,
  GetMetricDataCommand,
  GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import { AwsCallError } from '@stagecraft/backend-node';
import {
  TestAwsClientFactory,
  TEST_LOCATION,
  awsError,
} from '../__testUtils__/awsClients';
import { CloudWatchGateway, MetricQuery } from './cloudWatchGateway';

const cw = mockClient(CloudWatchClient);
const window = {
  start: Date.UTC(2025, 0, 1, 11),
  end: Date.UTC(2025, 0, 1, 12),
};

function queries(n: number): MetricQuery[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `q${i}`,
    namespace: 'AWS/Lambda',
    metricName: 'Errors',
    dimensions: [{ name: 'FunctionName', value: `fn-${i}` }],
    statistic: 'Sum',
    periodSeconds: 60,
  }));
}

/** Answers every query with one point whose value is the query's index. */
function echo(input: GetMetricDataCommandInput) {
  return {
    MetricDataResults: (input.MetricDataQueries ?? []).map(q => ({
      Id: q.Id,
      StatusCode: 'Complete' as const,
      Timestamps: [new Date(window.start)],
      Values: [Number(q.Id!.slice(1))],
    })),
  };
}

const sleeps: number[] = [];
const gateway = () =>
  new CloudWatchGateway(new TestAwsClientFactory(), {
    backoff: {
      maxAttempts: 4,
      baseDelayMs: 100,
      maxDelayMs: 1_000,
      random: () => 0.5,
      sleep: async ms => {
        sleeps.push(ms);
      },
    },
  });

/** A fresh gateway's answer to `n` queries over the window, in the test account. */
const getMetricData = (n: number) =>
  gateway().getMetricData(TEST_LOCATION, queries(n), window);

beforeEach(() => {
  cw.reset();
  sleeps.length = 0;
});

describe('CloudWatchGateway', () => {
  it('sends GetMetricData with the metric, dimension, period, statistic and window', async () => {
    cw.on(GetMetricDataCommand).callsFake(echo);
    const result = await getMetricData(1);
    const input = cw.commandCalls(GetMetricDataCommand)[0].args[0].input;
    expect(input).toEqual({
      MetricDataQueries: [
        {
          Id: 'm0',
          ReturnData: true,
          MetricStat: {
            Metric: {
              Namespace: 'AWS/Lambda',
              MetricName: 'Errors',
              Dimensions: [{ Name: 'FunctionName', Value: 'fn-0' }],
            },
            Period: 60,
            Stat: 'Sum',
          },
        },
      ],
      StartTime: new Date(window.start),
      EndTime: new Date(window.end),
      ScanBy: 'TimestampAscending',
      NextToken: undefined,
    });
    expect(result.points.get('q0')).toEqual([[window.start, 0]]);
  });

  it('splits 1,201 queries into calls of at most 500 and maps results back', async () => {
    cw.on(GetMetricDataCommand).callsFake(echo);
    const result = await getMetricData(1201);
    const sizes = cw
      .commandCalls(GetMetricDataCommand)
      .map(c => c.args[0].input.MetricDataQueries!.length);
    expect(sizes).toEqual([500, 500, 201]);
    expect(result.points.size).toBe(1201);
    // q1000 is the first query of the third call, wire id m0.
    expect(result.points.get('q1000')).toEqual([[window.start, 0]]);
    expect(result.points.get('q1200')).toEqual([[window.start, 200]]);
  });

  it('follows NextToken and merges the pages', async () => {
    cw.on(GetMetricDataCommand, { NextToken: undefined })
      .resolves({
        MetricDataResults: [
          {
            Id: 'm0',
            StatusCode: 'PartialData',
            Timestamps: [new Date(window.start)],
            Values: [1],
          },
        ],
        NextToken: 'page-2',
      })
      .on(GetMetricDataCommand, { NextToken: 'page-2' })
      .resolves({
        MetricDataResults: [
          {
            Id: 'm0',
            StatusCode: 'Complete',
            Timestamps: [new Date(window.start + 60_000)],
            Values: [2],
          },
        ],
      });
    const result = await getMetricData(1);
    expect(cw.commandCalls(GetMetricDataCommand)).toHaveLength(2);
    expect(
      cw.commandCalls(GetMetricDataCommand)[1].args[0].input.NextToken,
    ).toBe('page-2');
    expect(result.points.get('q0')).toEqual([
      [window.start, 1],
      [window.start + 60_000, 2],
    ]);
  });

  it('backs off with jitter when throttled, then succeeds', async () => {
    cw.on(GetMetricDataCommand)
      .rejectsOnce(awsError('Throttling', 'Rate exceeded'))
      .rejectsOnce(awsError('TooManyRequestsException', 'Slow down', 429))
      .callsFake(echo);
    const result = await getMetricData(1);
    expect(cw.commandCalls(GetMetricDataCommand)).toHaveLength(3);
    // Full jitter with random() = 0.5: half of 100 ms, then half of 200 ms.
    expect(sleeps).toEqual([50, 100]);
    expect(result.points.get('q0')).toHaveLength(1);
  });

  it('gives up after the last attempt and says AWS kept throttling', async () => {
    cw.on(GetMetricDataCommand).rejects(
      awsError('Throttling', 'Rate exceeded'),
    );
    await expect(getMetricData(1)).rejects.toThrow(
      'AWS kept throttling account 111122223333 in eu-west-1 (cloudwatch:GetMetricData): Rate exceeded',
    );
    expect(cw.commandCalls(GetMetricDataCommand)).toHaveLength(4);
    expect(sleeps).toEqual([50, 100, 200]);
  });

  it('reports AccessDenied naming account and region, without retrying', async () => {
    cw.on(GetMetricDataCommand).rejects(
      awsError(
        'AccessDenied',
        'User: arn:aws:sts::111122223333:assumed-role/backstage/x is not authorized to perform: cloudwatch:GetMetricData (key AKIAABCDEFGHIJKLMNOP)',
        403,
      ),
    );
    const error = await getMetricData(1).catch(e => e);
    expect(error).toBeInstanceOf(AwsCallError);
    expect(error.kind).toBe('access-denied');
    expect(error.message).toBe(
      'AccessDenied for account 111122223333 in eu-west-1 (cloudwatch:GetMetricData): User: arn:aws:sts::111122223333:assumed-role/backstage/x is not authorized to perform: cloudwatch:GetMetricData (key [redacted key id])',
    );
    expect(cw.commandCalls(GetMetricDataCommand)).toHaveLength(1);
  });

  it('marks queries CloudWatch answers with Forbidden', async () => {
    cw.on(GetMetricDataCommand).resolves({
      MetricDataResults: [
        { Id: 'm0', StatusCode: 'Forbidden', Timestamps: [], Values: [] },
      ],
      Messages: [
        { Code: 'Forbidden', Value: 'cross-account observability not set up' },
      ],
    });
    const result = await getMetricData(1);
    expect(result.failed.get('q0')).toBe(
      'AccessDenied for account 111122223333 in eu-west-1 (cloudwatch:GetMetricData): cross-account observability not set up',
    );
  });

  it('abandons a GetMetricData request that never answers and aborts it', async () => {
    cw.on(GetMetricDataCommand).callsFake(() => new Promise(() => {}));
    const slowGateway = new CloudWatchGateway(new TestAwsClientFactory(), {
      backoff: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
      requestTimeoutMs: 50,
    });

    const error = await slowGateway
      .getMetricData(TEST_LOCATION, queries(1), window)
      .catch(e => e);

    expect(error).toBeInstanceOf(AwsCallError);
    expect(error).toMatchObject({
      kind: 'timeout',
      message:
        'Timed out calling AWS for account 111122223333 in eu-west-1 (cloudwatch:GetMetricData)',
    });
    expect(abortSignalOfFirstSend(cw.send)?.aborted).toBe(true);
  });
});
