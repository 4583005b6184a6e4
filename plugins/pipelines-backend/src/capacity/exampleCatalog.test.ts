import {
  asUser,
  eventually,
  TestCatalog,
} from '@internal/stagecraft-test-utils';
import {
  CapacityReport,
  StageConfigResponse,
} from '@stagecraft/plugin-pipelines-common';
import { getEntityRoute } from '../__testUtils__/getEntityRoute';
import { startPipelinesOnExampleCatalog } from '../__testUtils__/startPipelinesOnExampleCatalog';

const capacityOf = (backend: TestCatalog, entity: string) =>
  eventually(`${entity} in the catalog`, async () => {
    const res = await asUser(backend.server).get(
      `/api/pipelines/entities/${entity}/capacity`,
    );
    return res.status === 200 ? (res.body as CapacityReport) : undefined;
  });

jest.setTimeout(60_000);

describe('capacity of the example catalog (simulated source)', () => {
  let backend: TestCatalog;

  beforeAll(async () => {
    backend = await startPipelinesOnExampleCatalog({
      modules: ['portal-links', 'pipelines'],
      pipelines: ['event-data-pipeline', 'notification-ingestion-pipeline'],
    });
  }, 120_000);

  afterAll(async () => {
    await backend?.stop();
  });

  it('fails the event data pipeline on Lambda concurrency, with arithmetic agreeing with the live configuration', async () => {
    const report = await capacityOf(
      backend,
      'component/default/event-data-pipeline',
    );
    expect(report.source).toBe('simulated');
    expect(report.verdict).toBe('fail');
    expect(report.peak).toMatchObject({ ratePerSecond: 3000, unit: 'records' });
    const processor = report.checks.find(
      c =>
        c.kind === 'lambda-concurrency' &&
        c.resource === 'Lambda event-processor-prod',
    )!;
    const config = await getEntityRoute<StageConfigResponse>(
      backend.server,
      'component/default/event-processor/config',
    );
    const reserved =
      config.config?.type === 'lambda-function'
        ? config.config.reservedConcurrency
        : undefined;
    expect(typeof reserved).toBe('number');
    expect(processor.verdict).toBe('fail');
    expect(processor.arithmetic).toMatch(
      new RegExp(
        `^needs [\\d,]+ concurrent executions at 3,000 records/s × [\\d,]+ ms p99 ÷ batch size \\d+ × 1\\.2 headroom; reserved ${reserved}$`,
      ),
    );
    expect(report.checks.filter(c => c.verdict === 'pass')).not.toEqual([]);
    expect(
      report.checks.find(
        c =>
          c.kind === 'kinesis-iterator-age-alarm' &&
          c.resource === 'Kinesis stream raw-events-prod',
      ),
    ).toMatchObject({
      verdict: 'pass',
      arithmetic:
        'every consumer has an iterator-age alarm: event-processor (event-processor-iterator-age)',
    });
  });

  it('passes the reviews Aurora cluster through its endpoints, and checks the table it reads', async () => {
    const report = await capacityOf(backend, 'component/default/reviews-api');
    const verdicts = Object.fromEntries(
      report.checks.map(c => [`${c.kind} ${c.resource}`, c.verdict]),
    );
    expect(verdicts).toMatchObject({
      'aurora-replica-lag-alarm Aurora cluster reviews-prod': 'pass',
      'aurora-failover-runbook Aurora cluster reviews-prod': 'pass',
      'dynamodb-capacity DynamoDB table reviews-facets-prod (reads)':
        expect.stringMatching(/^(pass|fail)$/),
    });
  });
});
