import { abortSignalOfFirstSend } from '@internal/stagecraft-test-utils';
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  DescribeAlarmsCommandInput,
  MetricAlarm,
} from '@aws-sdk/client-cloudwatch';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { mockClient } from 'aws-sdk-client-mock';
import {
  cloudWatchClientFactoryFromConfig,
  CloudWatchVerifier,
} from './CloudWatchVerifier';
import {
  catalogCheckResult,
  productionComponent,
} from '../__testUtils__/verifierInputs';

const cloudwatch = mockClient(CloudWatchClient);
const NOW = new Date('2026-11-22T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);

const lambda = (name: string, alarms: string, arn?: string): Entity =>
  productionComponent('lambda-function', {
    name,
    annotations: {
      'stagecraft.io/cloudwatch-alarms': alarms,
      'amazonaws.com/arn':
        arn ?? `arn:aws:lambda:eu-west-1:111122223333:function:${name}`,
    },
  });

const monitorsResult = (entity: Entity) =>
  catalogCheckResult(entity, 'monitors');

/** Serves DescribeAlarms from `alarms`, recording each call's input. */
function alarmsInCloudWatch(alarms: MetricAlarm[]) {
  const calls: DescribeAlarmsCommandInput[] = [];
  cloudwatch
    .on(DescribeAlarmsCommand)
    .callsFake((input: DescribeAlarmsCommandInput) => {
      calls.push(input);
      return {
        MetricAlarms: alarms.filter(a =>
          input.AlarmNames?.includes(a.AlarmName!),
        ),
      };
    });
  return calls;
}

const alarm = (
  name: string,
  state: string,
  since = hoursAgo(1),
): MetricAlarm => ({
  AlarmName: name,
  StateValue: state as MetricAlarm['StateValue'],
  StateUpdatedTimestamp: since,
});

const factory = cloudWatchClientFactoryFromConfig(
  new ConfigReader({
    aws: {
      accounts: [
        {
          accountId: '111122223333',
          accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
          secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        },
      ],
    },
  }),
);

const verifier = (defaultRegion?: string, requestTimeoutMs?: number) =>
  new CloudWatchVerifier(
    { insufficientDataGraceHours: 24, defaultRegion },
    factory,
    mockServices.logger.mock(),
    () => NOW,
    requestTimeoutMs,
  );

async function verify(entities: Entity[], v = verifier()) {
  const run = await v.startRun(entities);
  return Promise.all(entities.map(e => run(e, monitorsResult(e))));
}

beforeEach(() => cloudwatch.reset());

describe('CloudWatchVerifier', () => {
  it('passes declared alarms that exist and report data', async () => {
    alarmsInCloudWatch([
      alarm('fn-errors', 'OK'),
      alarm('fn-iterator-age', 'ALARM'),
      alarm('other-errors', 'OK'),
    ]);
    const [result] = await verify([lambda('fn', 'fn-errors,fn-iterator-age')]);
    expect(result).toMatchObject({
      status: 'pass',
      verifiedWith: ['catalog', 'cloudwatch'],
      notes: ['In ALARM right now: fn-iterator-age.'],
    });
    expect(result.reason).toMatch(
      /All 2 exist in CloudWatch \(account 111122223333, eu-west-1\) and report data\.$/,
    );
  });

  it('fails an alarm that does not exist', async () => {
    alarmsInCloudWatch([alarm('fn-errors', 'OK')]);
    const [result] = await verify([lambda('fn', 'fn-errors,fn-errros-typo')]);
    expect(result.status).toBe('fail');
    expect(result.reason).toBe(
      'Not found in CloudWatch (account 111122223333, eu-west-1): fn-errros-typo.',
    );
    expect(result.fix).toMatch(
      /Create the missing alarms or correct their names/,
    );
  });

  it('fails an alarm stuck in INSUFFICIENT_DATA beyond the grace period, not a new one', async () => {
    alarmsInCloudWatch([
      alarm('fn-errors', 'INSUFFICIENT_DATA', hoursAgo(72)),
      alarm('fn-new-errors', 'INSUFFICIENT_DATA', hoursAgo(2)),
    ]);
    const [stuck] = await verify([lambda('fn', 'fn-errors')]);
    expect(stuck.status).toBe('fail');
    expect(stuck.reason).toBe(
      'Stuck in INSUFFICIENT_DATA for more than 24 hours, so they can never fire: fn-errors (since 2026-11-19T12:00:00.000Z).',
    );
    const [fresh] = await verify([lambda('fn', 'fn-new-errors')]);
    expect(fresh.status).toBe('pass');
  });

  it('adds what CloudWatch found to a result that already failed its expectations', async () => {
    alarmsInCloudWatch([]);
    const entity: Entity = {
      ...lambda('fn', 'fn-throttles'),
    };
    const [result] = await verify([entity]);
    expect(result.status).toBe('fail');
    expect(result.reason).toMatch(
      /^Lambda function: needs errors .* Not found in CloudWatch/,
    );
  });

  it('describes alarms in batches per account and region, once per run', async () => {
    const calls = alarmsInCloudWatch([]);
    const many = Array.from(
      { length: 150 },
      (_, i) => `a${String(i).padStart(3, '0')}-errors`,
    );
    await verify([
      lambda('one', many.slice(0, 100).join(',')),
      lambda('two', many.slice(100).join(',')),
      lambda(
        'three',
        'x-errors',
        'arn:aws:lambda:us-east-1:111122223333:function:three',
      ),
    ]);
    const batches = calls.map(c => c.AlarmNames!.length).sort((a, b) => a - b);
    expect(batches).toEqual([1, 50, 100]);
  });

  it('records a failed lookup as could-not-verify, naming account and region', async () => {
    cloudwatch.on(DescribeAlarmsCommand).rejects(
      Object.assign(
        new Error(
          'User is not authorized to perform cloudwatch:DescribeAlarms',
        ),
        {
          name: 'AccessDenied',
        },
      ),
    );
    const [result] = await verify([lambda('fn', 'fn-errors')]);
    expect(result.status).toBe('error');
    expect(result.reason).toBe(
      'The declared alarms could not be looked up in CloudWatch (account 111122223333, eu-west-1): AccessDenied: User is not authorized to perform cloudwatch:DescribeAlarms.',
    );
  });

  it('uses the default region when the ARN has none, and says so when there is none', async () => {
    const calls = alarmsInCloudWatch([alarm('bucket-no-new-objects', 'OK')]);
    const bucket: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'b',
        annotations: {
          'amazonaws.com/arn': 'arn:aws:s3:::bucket',
          'stagecraft.io/cloudwatch-alarms': 'bucket-no-new-objects',
        },
      },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: 'group:default/team',
      },
    };
    const [withDefault] = await verify([bucket], verifier('eu-west-1'));
    expect(withDefault.status).toBe('pass');
    expect(calls).toHaveLength(1);
    const [withoutRegion] = await verify([bucket]);
    expect(withoutRegion.status).toBe('pass');
    expect(withoutRegion.notes).toEqual([
      expect.stringMatching(/^CloudWatch not checked: no AWS region/),
    ]);
  });

  it('gives up on DescribeAlarms calls that never answer, and when the run is abandoned', async () => {
    cloudwatch.on(DescribeAlarmsCommand).callsFake(() => new Promise(() => {}));
    const slow = verifier(undefined, 50);
    const [timedOut] = await verify([lambda('fn', 'fn-errors')], slow);
    expect(timedOut).toMatchObject({
      status: 'error',
      reason:
        'The declared alarms could not be looked up in CloudWatch (account 111122223333, eu-west-1): no answer within 50 ms.',
    });
    expect(abortSignalOfFirstSend(cloudwatch.send)?.aborted).toBe(true);

    const run = new AbortController();
    const patient = verifier(undefined, 60_000);
    const entity = lambda('fn', 'fn-errors');
    const pending = (await patient.startRun([entity], run.signal))(
      entity,
      monitorsResult(entity),
    );
    run.abort();
    expect((await pending).status).toBe('error');
  });
});
