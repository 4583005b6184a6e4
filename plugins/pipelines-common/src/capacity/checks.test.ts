import { Entity } from '@backstage/catalog-model';
import { ExpectedPeak } from '@stagecraft/catalog-conventions-common';
import {
  checkAccountConcurrency,
  checkLambdaConcurrency,
} from './lambdaConcurrency';
import { checkIteratorAgeAlarms, checkKinesisShards } from './kinesisShards';
import { checkSqsLambdaScaling } from './sqsLambdaScaling';
import { checkDynamoDbCapacity } from './dynamoDbCapacity';
import { checkAuroraFailoverRunbook } from './aurora';

const peak: ExpectedPeak = {
  ratePerSecond: 4000,
  unit: 'requests',
  declaredBy: 'system:default/checkout',
};
const resourceRef = 'component:default/fn';

describe('checkLambdaConcurrency', () => {
  const base = {
    resourceRef,
    functionName: 'fn',
    peak,
    duration: { ms: 300, from: 'p99' as const },
    headroom: 1,
  };

  it.each([
    {
      why: 'fails with the arithmetic when reserved is below rate × p99',
      given: { reserved: 500 },
      verdict: 'fail',
      arithmetic:
        'needs 1,200 concurrent executions at 4,000 requests/s × 300 ms p99; reserved 500',
    },
    {
      why: 'applies headroom and passes when enough is reserved',
      given: { headroom: 1.2, reserved: 1440 },
      verdict: 'pass',
      arithmetic:
        'needs 1,440 concurrent executions at 4,000 requests/s × 300 ms p99 × 1.2 headroom; reserved 1,440',
    },
    {
      why: 'divides by the batch size of a stream or queue source',
      given: { batchSize: 100, reserved: 10 },
      verdict: 'fail',
      arithmetic:
        'needs 12 concurrent executions at 4,000 requests/s × 300 ms p99 ÷ batch size 100; reserved 10',
    },
  ])('$why', ({ given, verdict, arithmetic }) => {
    const result = checkLambdaConcurrency({ ...base, ...given });
    expect(result.verdict).toBe(verdict);
    expect(result.arithmetic).toBe(arithmetic);
  });

  it('says how much to reserve when too little is reserved', () => {
    const result = checkLambdaConcurrency({ ...base, reserved: 500 });
    expect(result.numbers).toMatchObject({ needed: 1200, reserved: 500 });
    expect(result.fix).toContain('at least 1,200');
  });

  it('uses the unreserved pool without a reservation, and says when it is unknown', () => {
    expect(
      checkLambdaConcurrency({
        ...base,
        reserved: null,
        unreservedAvailable: 900,
      }).arithmetic,
    ).toContain(
      "no reserved concurrency; the account's unreserved pool is 900",
    );
    const unknown = checkLambdaConcurrency({ ...base, reserved: null });
    expect(unknown.verdict).toBe('unknown');
    expect(unknown.arithmetic).toContain(
      "account's unreserved concurrency could not be read",
    );
  });

  it('states the timeout as the worst case when p99 is unknown', () => {
    const result = checkLambdaConcurrency({
      ...base,
      duration: { ms: 3000, from: 'timeout' },
      reserved: 100,
    });
    expect(result.arithmetic).toContain(
      '× 3,000 ms (its timeout, as no p99 duration could be read)',
    );
    expect(result.numbers.needed).toBe(12000);
  });

  it('is unknown without a duration', () => {
    expect(
      checkLambdaConcurrency({ ...base, duration: undefined, reserved: 5 })
        .verdict,
    ).toBe('unknown');
  });
});

/** Checks that fail, each with the arithmetic it must show. */
const accountOverLimit = () =>
  checkAccountConcurrency({
    resourceRef,
    accountId: '111122223333',
    region: 'eu-west-1',
    limit: 1000,
    functions: [
      { name: 'a', needed: 800 },
      { name: 'b', needed: 300 },
    ],
  });
const tooFewShards = () =>
  checkKinesisShards({
    resourceRef,
    streamName: 's',
    headroom: 1,
    peak: { ...peak, unit: 'records', payloadBytes: 2048 },
    mode: 'PROVISIONED',
    openShards: 4,
  });
const sqsCapped = () =>
  checkSqsLambdaScaling({
    resourceRef,
    functionName: 'fn',
    queueName: 'q',
    peak,
    duration: { ms: 600, from: 'p99' },
    batchSize: 10,
    maximumConcurrency: 100,
    functionLimit: { value: 1000, what: 'unreserved pool' },
    headroom: 1,
  });

describe('a failing check', () => {
  it.each([
    {
      why: 'sums what the account functions need against the limit',
      check: accountOverLimit,
      arithmetic:
        'its functions need 1,100 concurrent executions at peak (a 800 + b 300); account limit 1,000',
    },
    {
      why: 'needs the larger of records/1,000 and bytes/1 MB shards',
      check: tooFewShards,
      arithmetic:
        'needs 8 shards at 4,000 records/s (÷ 1,000 records/s per shard = 4; 2,048 B each ÷ 1 MB/s per shard = 7.8); 4 open shards',
    },
    {
      why: 'names the stream consumers without an iterator-age alarm',
      check: () =>
        checkIteratorAgeAlarms({
          resourceRef,
          streamName: 's',
          consumers: [
            { name: 'a', alarms: ['a-iterator-age'] },
            { name: 'b', alarms: [] },
          ],
          streamAlarms: [],
        }),
      arithmetic: '1 of 2 consumers have no iterator-age alarm: b',
    },
    {
      why: 'divides SQS batches by the batch size and caps them by maximum concurrency',
      check: sqsCapped,
      arithmetic:
        'needs 240 concurrent batches at 4,000 requests/s × 600 ms ÷ batch size 10; maximum concurrency 100, unreserved pool 1,000',
    },
    {
      why: 'needs 2 WCU per 1.5 KB write against the auto-scaling maximum',
      check: () =>
        checkDynamoDbCapacity({
          resourceRef,
          tableName: 't',
          peak: { ...peak, payloadBytes: 1500 },
          headroom: 1,
          access: 'writes',
          billingMode: 'PROVISIONED',
          capacity: { provisioned: 1000, autoScalingMax: 6000 },
        }),
      arithmetic:
        'needs 8,000 WCU at 4,000 requests/s × 2 WCU each (1,500 B); auto-scaling maximum 6,000 WCU (provisioned now 1,000)',
    },
  ])('$why', ({ check, arithmetic }) => {
    const result = check();
    expect(result.verdict).toBe('fail');
    expect(result.arithmetic).toBe(arithmetic);
  });

  it('names the account and region whose limit it is', () => {
    expect(accountOverLimit().resource).toBe(
      'Lambda concurrency limit of account 111122223333 (eu-west-1)',
    );
  });

  it('gives the shard numbers', () => {
    expect(tooFewShards().numbers).toMatchObject({ needed: 8, byRecords: 4 });
  });

  it('says how far to raise the maximum concurrency', () => {
    expect(sqsCapped().fix).toContain(
      'maximum concurrency of fn to at least 240',
    );
  });
});

describe('checkKinesisShards', () => {
  const base = { resourceRef, streamName: 's', headroom: 1 };

  it('passes on-demand and says bytes are unchecked without a payload', () => {
    expect(
      checkKinesisShards({ ...base, peak, mode: 'ON_DEMAND' }).verdict,
    ).toBe('pass');
    const result = checkKinesisShards({
      ...base,
      peak,
      mode: 'PROVISIONED',
      openShards: 4,
    });
    expect(result.verdict).toBe('pass');
    expect(result.arithmetic).toContain(
      'no payload size declared, so bytes/s not checked',
    );
  });

  it('is unknown without a shard count', () => {
    expect(
      checkKinesisShards({ ...base, peak, mode: 'PROVISIONED' }).verdict,
    ).toBe('unknown');
  });
});

describe('checkIteratorAgeAlarms', () => {
  const base = { resourceRef, streamName: 's' };
  it('passes when the stream itself is alarmed', () => {
    expect(
      checkIteratorAgeAlarms({
        ...base,
        consumers: [{ name: 'b', alarms: [] }],
        streamAlarms: ['s-age'],
      }).verdict,
    ).toBe('pass');
  });
});

describe('checkDynamoDbCapacity', () => {
  const base = {
    resourceRef,
    tableName: 't',
    peak: { ...peak, payloadBytes: 1500 },
    headroom: 1,
  };
  it.each([
    {
      why: 'passes reads at 1 RCU per 4 KB',
      access: 'reads',
      billingMode: 'PROVISIONED',
      capacity: { provisioned: 4000 },
      verdict: 'pass',
    },
    {
      why: 'passes on-demand',
      access: 'reads',
      billingMode: 'PAY_PER_REQUEST',
      capacity: {},
      verdict: 'pass',
    },
    {
      why: 'fails an on-demand maximum below the peak',
      access: 'writes',
      billingMode: 'PAY_PER_REQUEST',
      capacity: { onDemandMax: 100 },
      verdict: 'fail',
    },
    {
      why: 'is unknown unread',
      access: 'writes',
      billingMode: undefined,
      capacity: {},
      verdict: 'unknown',
    },
  ] as const)('$why', ({ access, billingMode, capacity, verdict }) => {
    expect(
      checkDynamoDbCapacity({ ...base, access, billingMode, capacity }).verdict,
    ).toBe(verdict);
  });
});

describe('checkAuroraFailoverRunbook', () => {
  const cluster = (links: Entity['metadata']['links']): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name: 'db', links },
  });
  it.each([
    {
      why: 'passes a runbook link saying failover',
      link: {
        url: '/docs/x/aurora-failover/',
        title: 'Runbook',
        type: 'runbook',
      },
      verdict: 'pass',
    },
    {
      why: 'fails any other link',
      link: { url: '/docs/x/failover/', title: 'Dash', type: 'dashboard' },
      verdict: 'fail',
    },
  ])('$why', ({ link, verdict }) => {
    expect(
      checkAuroraFailoverRunbook({
        resourceRef,
        clusterId: 'db',
        cluster: cluster([link]),
      }).verdict,
    ).toBe(verdict);
  });
});
