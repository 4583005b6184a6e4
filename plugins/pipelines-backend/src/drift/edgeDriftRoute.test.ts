import request from 'supertest';
import { mockCredentials } from '@backstage/backend-test-utils';
import {
  asUser,
  catalogReadsForUsers,
  eventually,
  TestCatalog,
} from '@internal/stagecraft-test-utils';
import {
  PipelineEdgeDrift,
  StageConfigResponse,
} from '@stagecraft/plugin-pipelines-common';
import { getEntityRoute } from '../__testUtils__/getEntityRoute';
import { startPipelinesOnExampleCatalog } from '../__testUtils__/startPipelinesOnExampleCatalog';

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
    backend = await startPipelinesOnExampleCatalog({
      features: [noRecommendationPipelineForUsers.factory],
      pipelines: ['event-data-pipeline', 'notification-ingestion-pipeline'],
    });
  }, 90_000);

  afterAll(async () => {
    await backend?.stop();
  });

  it('reports a leftover mapping only in AWS, with evidence and fix, and agrees with the live configuration', async () => {
    const body = await drift('event-data-pipeline');
    expect(body.source).toBe('simulated');
    expect(body.onlyInYaml).toEqual([]);
    expect(body.onlyInAws).toEqual([
      {
        side: 'only-in-aws',
        source: {
          ref: 'resource:default/events-dlq',
          label: 'Events dead-letter queue',
          inPipeline: true,
        },
        target: {
          ref: 'component:default/event-replayer',
          label: 'Event replayer',
          inPipeline: true,
        },
        evidence: {
          kind: 'event-source-mapping',
          id: expect.stringMatching(/-sim-0$/),
          state: 'Disabled',
          arn: 'arn:aws:sqs:eu-west-1:111122223333:events-dlq-prod',
          detail: expect.stringMatching(
            /^Event source mapping \S+ \(Disabled\) feeds event-replayer-prod from arn:aws:sqs:eu-west-1:111122223333:events-dlq-prod$/,
          ),
        },
        fix: expect.stringMatching(
          /^Declare it: add resource:default\/events-dlq to stagecraft.io\/reads-from of component:default\/event-replayer, or delete event source mapping \S+ if event-replayer-prod should not read from it\.$/,
        ),
      },
    ]);
    expect(body.checkedStages).toEqual(
      expect.arrayContaining([
        'component:default/event-processor',
        'component:default/event-replayer',
        'resource:default/raw-events-stream',
      ]),
    );
    expect(body.unknownStages).toEqual([]);

    // The replayer's Metrics tab shows the same mapping.
    const config = await getEntityRoute<StageConfigResponse>(
      backend.server,
      'component/default/event-replayer/config',
    );
    expect(config.config).toMatchObject({
      eventSourceMappings: [
        {
          uuid: body.onlyInAws[0].evidence.id,
          eventSourceArn: 'arn:aws:sqs:eu-west-1:111122223333:events-dlq-prod',
          state: 'Disabled',
        },
      ],
    });
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

  it('reports a missing mapping only in YAML on another pipeline, and 404 to a user who may not read that pipeline', async () => {
    const service = asUser(backend.server, mockCredentials.service.header());
    const body = await eventually('the recommendation pipeline', async () => {
      const res = await service.get(driftPath('recommendation-pipeline'));
      return res.status === 200 && res.body.checkedStages.length === 4
        ? (res.body as PipelineEdgeDrift)
        : undefined;
    });
    const streamArn =
      'arn:aws:kinesis:eu-west-1:111122223333:stream/reco-file-paths-prod';
    expect(body.onlyInYaml).toEqual([
      {
        side: 'only-in-yaml',
        source: {
          ref: 'resource:default/reco-file-paths-stream',
          label: 'Recommendation file paths stream',
          inPipeline: true,
        },
        target: {
          ref: 'component:default/reco-affinity-writer',
          label: 'User affinity writer',
          inPipeline: true,
        },
        evidence: {
          kind: 'declaration',
          arn: streamArn,
          detail: `component:default/reco-affinity-writer declares it in stagecraft.io/reads-from, but lambda:ListEventSourceMappings lists no mapping from ${streamArn} to reco-affinity-writer-prod`,
        },
        fix: `Create an event source mapping from ${streamArn} to reco-affinity-writer-prod, or remove resource:default/reco-file-paths-stream from stagecraft.io/reads-from of component:default/reco-affinity-writer if it no longer reads from it.`,
      },
    ]);
    // A replay consumer no catalog entity is named after: only in AWS, to outside the pipeline.
    expect(body.onlyInAws).toEqual([
      expect.objectContaining({
        source: expect.objectContaining({
          ref: 'resource:default/reco-file-paths-stream',
        }),
        target: {
          label: 'consumer reco-file-paths-prod-replay',
          inPipeline: false,
        },
        evidence: expect.objectContaining({
          kind: 'stream-consumer',
          id: 'reco-file-paths-prod-replay',
          state: 'ACTIVE',
        }),
      }),
    ]);

    const asBlockedUser = await asUser(backend.server).get(
      driftPath('recommendation-pipeline'),
    );
    expect(asBlockedUser.status).toBe(404);
    expect(JSON.stringify(asBlockedUser.body)).not.toContain('reco-');
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
