import request from 'supertest';
import { mockCredentials } from '@backstage/backend-test-utils';
import {
  asUser,
  TestCatalog,
  TestServer,
} from '@internal/stagecraft-test-utils';
import {
  StageConfigResponse,
  StageMetrics,
} from '@stagecraft/plugin-pipelines-common';
import {
  getEntityRoute,
  getPipelineView,
} from './__testUtils__/getEntityRoute';
import { startPipelinesOnExampleCatalog } from './__testUtils__/startPipelinesOnExampleCatalog';

const get = (server: TestServer, route: string) => asUser(server).get(route);

describe('pipelines routes on the example catalog (simulated source)', () => {
  let backend: TestCatalog;

  beforeAll(async () => {
    backend = await startPipelinesOnExampleCatalog({
      pipelines: ['event-data-pipeline'],
    });
  }, 90_000);

  afterAll(async () => {
    await backend?.stop();
  });

  it('returns the flow graph with health and sparklines, marked simulated', async () => {
    const view = await getPipelineView(
      backend.server,
      'event-data-pipeline',
      '3h',
    );
    expect(view.source).toBe('simulated');
    expect(view.range).toBe('3h');
    expect(view.pipeline).toEqual({
      ref: 'component:default/event-data-pipeline',
      title: 'Event data pipeline',
    });
    expect(view.stages).toHaveLength(13);
    expect(view.edges).toContainEqual({
      from: 'resource:default/raw-events-stream',
      to: 'component:default/event-processor',
    });
    const processor = view.stages.find(s => s.name === 'event-processor')!;
    expect(processor.stageType).toBe('lambda-function');
    expect(processor.keyMetric?.id).toBe('invocations');
    expect(processor.keyMetric?.points).toHaveLength(180);
    expect(processor.freshness?.stale).toBe(false);
    expect(['ok', 'warning', 'critical', 'data-stopped']).toContain(
      processor.health.state,
    );
    const bucket = view.stages.find(s => s.name === 'events-lake-bucket')!;
    expect(bucket.health.state).toBe('not-monitored');
    expect(bucket.keyMetric).toBeUndefined();
  });

  it('returns every metric of a Lambda and its live configuration from the catalog flow', async () => {
    const body = await getEntityRoute<StageMetrics>(
      backend.server,
      'component/default/event-processor/metrics?range=1h',
    );
    expect(body.series.map(s => s.id)).toEqual([
      'invocations',
      'errors',
      'throttles',
      'durationP50',
      'durationP99',
      'durationMax',
      'iteratorAgeMs',
      'concurrentExecutions',
    ]);
    // Fed by the raw events stream, so it has an iterator age.
    expect(
      body.series.find(s => s.id === 'iteratorAgeMs')?.points,
    ).toHaveLength(60);

    const body2 = await getEntityRoute<StageConfigResponse>(
      backend.server,
      'component/default/event-processor/config',
    );
    expect(body2.source).toBe('simulated');
    expect(body2.config).toMatchObject({
      type: 'lambda-function',
      eventSourceMappings: [
        {
          eventSourceArn:
            'arn:aws:kinesis:eu-west-1:111122223333:stream/raw-events-prod',
          onFailureDestination:
            'arn:aws:sqs:eu-west-1:111122223333:events-dlq-prod',
        },
      ],
    });
  });

  it('matches the entity in any case', async () => {
    const lower = await get(
      backend.server,
      '/api/pipelines/entities/component/default/event-processor/config',
    );
    const mixed = await get(
      backend.server,
      '/api/pipelines/entities/Component/Default/Event-Processor/config',
    );
    expect(mixed.status).toBe(200);
    expect(mixed.body.ref).toEqual(lower.body.ref);
    expect(mixed.body.config.eventSourceMappings).toEqual(
      lower.body.config.eventSourceMappings,
    );
  });

  it('refuses unauthenticated requests', async () => {
    const res = await request(backend.server)
      .get(
        '/api/pipelines/entities/component/default/event-data-pipeline/pipeline',
      )
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
  });

  it.each([
    [
      'an unknown range',
      'component/default/event-data-pipeline/pipeline?range=2w',
      400,
      'range must be one of 1h, 3h, 12h, 24h, 7d; got "2w"',
    ],
    [
      'a non-pipeline',
      'component/default/event-processor/pipeline',
      400,
      expect.stringContaining(
        'component:default/event-processor is not a pipeline',
      ),
    ],
    [
      'a bucket',
      'resource/default/events-lake-bucket/metrics',
      400,
      expect.stringContaining('has no live metrics'),
    ],
    [
      'a stage of another kind',
      'System/default/event-data/metrics',
      400,
      'Stages are Components or Resources; got kind "system"',
    ],
    [
      'a missing entity',
      'component/default/no-such-pipeline/pipeline',
      404,
      expect.any(String),
    ],
  ])('explains bad input: %s', async (_case, route, status, message) => {
    const res = await get(backend.server, `/api/pipelines/entities/${route}`);
    expect(res.status).toBe(status);
    expect(res.body.error.message).toEqual(message);
  });
});
