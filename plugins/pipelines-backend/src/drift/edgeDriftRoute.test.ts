import path from 'path';
import request from 'supertest';
import { mockCredentials } from '@backstage/backend-test-utils';
import {
  asUser,
  catalogReadsForUsers,
  EXAMPLE_CATALOG_DIR,
  eventually,
  startCatalog,
  TestCatalog,
} from '@internal/stagecraft-test-utils';
import { PipelineEdgeDrift } from '@stagecraft/plugin-pipelines-common';
import pipelinesPlugin from '../index';
import { getEntityRoute } from '../__testUtils__/getEntityRoute';
import { waitForWholePipeline } from '../__testUtils__/waitForWholePipeline';

/** Users may read everything but the recommendation pipeline; services read everything. */
const noRecommendationPipelineForUsers = catalogReadsForUsers({
  not: {
    rule: 'HAS_METADATA',
    resourceType: 'catalog-entity',
    params: { key: 'name', value: 'recommendation-pipeline' },
  },
});

const driftPath = (name: string) =>
  `/api/pipelines/entities/component/default/${name}/drift`;

describe('GET .../drift on the example catalog (simulated AWS side)', () => {
  let backend: TestCatalog;
  const drift = (name: string) =>
    getEntityRoute<PipelineEdgeDrift>(
      backend.server,
      `component/default/${name}/drift`,
    );

  beforeAll(async () => {
    backend = await startCatalog({
      locations: [path.join(EXAMPLE_CATALOG_DIR, 'all.yaml')],
      modules: ['portal-links'],
      features: [pipelinesPlugin, noRecommendationPipelineForUsers.factory],
      processingInterval: { milliseconds: 200 },
    });
    await waitForWholePipeline(backend.server, 'event-data-pipeline');
    await waitForWholePipeline(
      backend.server,
      'notification-ingestion-pipeline',
    );
  }, 90_000);

  afterAll(async () => {
    await backend?.stop();
  });

  it('says a declared stream edge has no event source mapping: only in YAML, with evidence and fix', async () => {
    const body = await drift('event-data-pipeline');
    expect(body.source).toBe('simulated');
    expect(body.onlyInAws).toEqual([]);
    expect(body.onlyInYaml).toEqual([
      {
        side: 'only-in-yaml',
        source: {
          ref: 'resource:default/raw-events-stream',
          label: 'Raw events stream',
          inPipeline: true,
        },
        target: {
          ref: 'component:default/event-processor',
          label: 'Event processor',
          inPipeline: true,
        },
        evidence: {
          kind: 'declaration',
          arn: 'arn:aws:kinesis:eu-west-1:111122223333:stream/raw-events-prod',
          detail:
            'component:default/event-processor declares it in stagecraft.io/reads-from, but lambda:ListEventSourceMappings lists no mapping from arn:aws:kinesis:eu-west-1:111122223333:stream/raw-events-prod to event-processor-prod',
        },
        fix: 'Create an event source mapping from arn:aws:kinesis:eu-west-1:111122223333:stream/raw-events-prod to event-processor-prod, or remove resource:default/raw-events-stream from stagecraft.io/reads-from of component:default/event-processor if it no longer reads from it.',
      },
    ]);
    expect(body.checkedStages).toEqual(
      expect.arrayContaining([
        'component:default/event-processor',
        'resource:default/raw-events-stream',
      ]),
    );
    expect(body.unknownStages).toEqual([]);
  });

  it('finds nothing where YAML and the simulated AWS side agree', async () => {
    const body = await drift('notification-ingestion-pipeline');
    expect(body.onlyInAws).toEqual([]);
    expect(body.onlyInYaml).toEqual([]);
    expect([...body.checkedStages].sort()).toEqual([
      'component:default/email-sender',
      'component:default/notification-converter',
      'component:default/sms-sender',
      'component:default/whatsapp-sender',
    ]);
  });

  it('reports a leftover mapping only in AWS on another pipeline, and 404 to a user who may not read that pipeline', async () => {
    const service = asUser(backend.server, mockCredentials.service.header());
    const body = await eventually('the recommendation pipeline', async () => {
      const res = await service.get(driftPath('recommendation-pipeline'));
      return res.status === 200 && res.body.checkedStages.length === 4
        ? (res.body as PipelineEdgeDrift)
        : undefined;
    });
    expect(body.onlyInYaml).toEqual([]);
    expect(body.onlyInAws).toEqual([
      expect.objectContaining({
        side: 'only-in-aws',
        source: {
          ref: 'resource:default/reco-loader-dlq',
          label: 'Recommendation loader DLQ',
          inPipeline: true,
        },
        target: {
          ref: 'component:default/reco-loader',
          label: 'Recommendation loader',
          inPipeline: true,
        },
        evidence: expect.objectContaining({
          kind: 'event-source-mapping',
          state: 'Disabled',
          arn: 'arn:aws:sqs:eu-west-1:111122223333:reco-loader-dlq-prod',
        }),
        fix: expect.stringMatching(
          /^Declare it: add resource:default\/reco-loader-dlq to stagecraft.io\/reads-from of component:default\/reco-loader, or delete event source mapping \S+ if reco-loader-prod should not read from it\.$/,
        ),
      }),
    ]);

    const asBlockedUser = await asUser(backend.server).get(
      driftPath('recommendation-pipeline'),
    );
    expect(asBlockedUser.status).toBe(404);
    expect(JSON.stringify(asBlockedUser.body)).not.toContain('reco-loader');
  });

  it('refuses unauthenticated requests and explains bad input', async () => {
    const res = await request(backend.server)
      .get(driftPath('event-data-pipeline'))
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
    expect(
      (await asUser(backend.server).get(driftPath('no-such'))).status,
    ).toBe(404);
    const notPipeline = await asUser(backend.server).get(
      '/api/pipelines/entities/component/default/event-processor/drift',
    );
    expect(notPipeline.status).toBe(400);
    expect(notPipeline.body.error.message).toContain('is not a pipeline');
  });
});
