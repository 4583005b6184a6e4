import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { delay, http, HttpResponse } from 'msw';
import { CapacityVerifier } from './CapacityVerifier';
import { mockOutsideHosts } from '../__testUtils__/msw';
import {
  productionComponent,
  verifyEntity,
} from '../__testUtils__/verifierInputs';

const server = mockOutsideHosts();

const CAPACITY_URL =
  'http://localhost:0/api/pipelines/entities/component/default/event-processor/capacity';

const component = (peak?: string): Entity =>
  productionComponent('lambda-function', {
    name: 'Event-Processor',
    annotations: peak ? { 'stagecraft.io/peak-records-per-second': peak } : {},
  });

const logger = mockServices.logger.mock();
const verifier = (timeoutMs = 1000) =>
  new CapacityVerifier({
    discovery: mockServices.discovery(),
    auth: mockServices.auth(),
    logger,
    timeoutMs,
  });

const verify = (entity: Entity, v = verifier()) => verifyEntity(v, entity);

const lambdaCheck = (verdict: string, arithmetic: string, fix?: string) => ({
  kind: 'lambda-concurrency',
  resourceRef: 'component:default/event-processor',
  resource: 'Lambda event-processor-prod',
  verdict,
  arithmetic,
  numbers: {},
  ...(fix ? { fix } : {}),
});

function answer(body: object, status = 200) {
  const requests: Array<string | null> = [];
  server.use(
    http.get(CAPACITY_URL, ({ request }) => {
      requests.push(request.headers.get('authorization'));
      return HttpResponse.json(body, { status });
    }),
  );
  return requests;
}

const kinesisCheck = (verdict: string, arithmetic: string, fix?: string) => ({
  ...lambdaCheck(verdict, arithmetic, fix),
  kind: 'kinesis-shards',
  resource: 'Kinesis stream events-prod',
});

const report = (checks: object[], source = 'cloudwatch') => ({
  entityRef: 'component:default/event-processor',
  source,
  headroom: 1.2,
  verdict: 'fail',
  checks,
  problems: [],
  generatedAt: '2026-12-06T00:00:00.000Z',
});

describe('CapacityVerifier', () => {
  it('fails with the arithmetic of each failing check on a line of its own, and each fix, asking with a service token', async () => {
    const requests = answer(
      report([
        lambdaCheck(
          'fail',
          'needs 1,440 concurrent executions at 4,000 records/s × 300 ms p99 × 1.2 headroom; reserved 500',
          'Reserve at least 1,440 concurrent executions for event-processor-prod (PutFunctionConcurrency), or bring its duration down.',
        ),
        lambdaCheck('pass', 'its functions need 1,440; account limit 3,000'),
        kinesisCheck(
          'fail',
          'needs 12 shards at 4,000 records/s × 1.2 headroom; has 4',
          'Split events-prod to 12 shards.',
        ),
      ]),
    );
    const result = await verify(component('4000'));
    expect(result).toMatchObject({
      status: 'fail',
      reason: [
        'Lambda event-processor-prod: needs 1,440 concurrent executions at 4,000 records/s × 300 ms p99 × 1.2 headroom; reserved 500.',
        'Kinesis stream events-prod: needs 12 shards at 4,000 records/s × 1.2 headroom; has 4.',
      ].join('\n'),
      fix: 'Reserve at least 1,440 concurrent executions for event-processor-prod (PutFunctionConcurrency), or bring its duration down. Split events-prod to 12 shards.',
      verifiedWith: ['catalog', 'pipelines'],
      details: { source: 'cloudwatch', passed: 1, failed: 2, unknown: 0 },
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/^Bearer /);
  });

  it('labels a simulated answer and passes when every check passes', async () => {
    answer(
      report(
        [
          lambdaCheck('pass', 'needs 10; reserved 50'),
          kinesisCheck('pass', 'needs 1 shard; has 2'),
        ],
        'simulated',
      ),
    );
    const result = await verify(component('10'));
    expect(result.status).toBe('pass');
    expect(result.reason).toBe(
      [
        'Simulated: All 2 capacity checks pass.',
        'Lambda event-processor-prod: needs 10; reserved 50.',
        'Kinesis stream events-prod: needs 1 shard; has 2.',
      ].join('\n'),
    );
    expect(result.notes).toContain(
      'Simulated: no AWS is configured, so the pipelines backend simulated the configuration.',
    );
  });

  it('could not verify when a check is unknown, never a pass', async () => {
    answer(
      report([
        lambdaCheck('pass', 'needs 10; reserved 50'),
        lambdaCheck(
          'unknown',
          'its configuration could not be read: AccessDeniedException',
        ),
        kinesisCheck('unknown', 'its shard count could not be read: timeout'),
      ]),
    );
    const result = await verify(component('10'));
    expect(result.status).toBe('error');
    expect(result.reason).toBe(
      [
        'Capacity could not be verified: Lambda event-processor-prod: its configuration could not be read: AccessDeniedException.',
        'Kinesis stream events-prod: its shard count could not be read: timeout.',
      ].join('\n'),
    );
  });

  it('could not verify when the pipelines backend errs or hangs, not fail', async () => {
    answer({ error: { message: 'boom' } }, 500);
    expect(await verify(component('10'))).toMatchObject({
      status: 'error',
      reason:
        'Capacity could not be verified: the pipelines backend answered HTTP 500.',
    });

    server.use(
      http.get(CAPACITY_URL, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const started = Date.now();
    const hung = await verify(component('10'), verifier(100));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(hung).toMatchObject({
      status: 'error',
      reason: 'Capacity could not be verified: no answer within 100 ms.',
    });
  });

  it("names only resources the entity's owner owns: the rest are counted", async () => {
    answer(
      report([
        lambdaCheck('pass', 'needs 10; reserved 50'),
        {
          ...lambdaCheck('fail', 'needs 900; reserved 5', 'Reserve 900.'),
          resourceRef: 'component:default/payroll-fn',
          resource: 'Lambda payroll-fn-prod',
        },
      ]),
    );
    const entity = component('10');
    const payroll = {
      ...productionComponent('lambda-function', { name: 'payroll-fn' }),
      spec: { type: 'lambda-function', owner: 'group:default/payroll' },
    };
    const result = await verifyEntity(verifier(), entity, [entity, payroll]);
    expect(result.status).toBe('fail');
    expect(result.reason).toBe(
      '1 more capacity checks that fail or could not be read are on resources other teams own (the capacity card shows them to whoever may read them).',
    );
    expect(JSON.stringify(result)).not.toContain('payroll');
  });

  it('asks nothing of entities without a peak or with a bad one', async () => {
    const requests = answer(report([]));
    const bad = await verify(component('lots'));
    expect(bad.status).toBe('fail');
    expect(bad.reason).toContain('stagecraft.io/peak-records-per-second');
    expect(requests).toEqual([]);
  });
});
