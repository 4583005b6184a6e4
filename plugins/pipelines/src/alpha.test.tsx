import { screen } from '@testing-library/react';
import { Entity } from '@backstage/catalog-model';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import {
  LAZY_LOAD,
  acceptedBy,
  renderPluginApp,
  testEntity,
} from '@internal/stagecraft-frontend-test-utils';
import pipelinesPlugin from './alpha';
import { pipelinesApiRef } from './api';
import {
  fakeApi,
  lambdaEntity,
  pipelineEntity,
} from './__testUtils__/fixtures';

// The app, then each extension, loads lazily (LAZY_LOAD).
jest.setTimeout(90_000);

const pipelineTab = pipelinesPlugin.getExtension(
  'entity-content:pipelines/pipeline',
);
const metricsTab = pipelinesPlugin.getExtension(
  'entity-content:pipelines/stage-metrics',
);
const healthCard = pipelinesPlugin.getExtension(
  'entity-card:pipelines/pipeline-health',
);

const entity = (kind: string, type?: string): Entity =>
  testEntity(kind, type ? { type } : {});

const kinesisStream = entity('Resource', 'kinesis-stream');
const s3Bucket = entity('Resource', 's3-bucket');
const service = entity('Component', 'service');
const pipelineResource = entity('Resource', 'pipeline');
const system = entity('System');

const candidates = [
  pipelineEntity,
  lambdaEntity,
  entity('Component', 'state-machine'),
  kinesisStream,
  entity('Resource', 'firehose-delivery-stream'),
  entity('Resource', 'sqs-queue'),
  s3Bucket,
  service,
  pipelineResource,
  system,
];

/** `kind:type` of the candidates `extension` is shown on. */
const accepted = (extension: Parameters<typeof acceptedBy>[0]) =>
  acceptedBy(extension, candidates, e => `${e.kind}:${e.spec?.type ?? ''}`);

function renderEntityPage(subject: Entity) {
  const { api, calls } = fakeApi();
  renderPluginApp(pipelinesPlugin, {
    entity: subject,
    apis: [[pipelinesApiRef, api]],
  });
  return calls;
}

describe('pipelines plugin for the new frontend system', () => {
  it('installs the API, both tabs and the health card under stable ids', () => {
    expect(pipelinesPlugin.id).toBe('pipelines');
    expect([
      pipelinesPlugin.getExtension('api:pipelines'),
      pipelinesPlugin.getExtension('entity-content:pipelines/pipeline'),
      pipelinesPlugin.getExtension('entity-content:pipelines/stage-metrics'),
      pipelinesPlugin.getExtension('entity-card:pipelines/pipeline-health'),
    ]).toMatchObject([
      { kind: 'api', name: undefined },
      { kind: 'entity-content', name: 'pipeline' },
      { kind: 'entity-content', name: 'stage-metrics' },
      { kind: 'entity-card', name: 'pipeline-health' },
    ]);
  });

  it.each([
    {
      description: 'the Pipeline tab at /pipeline, on pipeline Components only',
      tester: () => createExtensionTester(pipelineTab),
      path: '/pipeline',
      title: 'Pipeline',
      routeRef: pipelinesPlugin.routes.pipeline,
      on: ['Component:pipeline'],
    },
    {
      description:
        'the Metrics tab at /metrics, on stages with live CloudWatch metrics only',
      tester: () => createExtensionTester(metricsTab),
      path: '/metrics',
      title: 'Metrics',
      routeRef: pipelinesPlugin.routes.stageMetrics,
      on: [
        'Component:lambda-function',
        'Component:state-machine',
        'Resource:kinesis-stream',
        'Resource:firehose-delivery-stream',
        'Resource:sqs-queue',
      ],
    },
  ])('puts $description', ({ tester: testerOf, path, title, routeRef, on }) => {
    const tester = testerOf();
    expect(tester.get(coreExtensionData.routePath)).toBe(path);
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe(title);
    expect(tester.get(coreExtensionData.routeRef)).toBe(routeRef);
    expect(
      accepted(tester.get(EntityContentBlueprint.dataRefs.filterFunction)!),
    ).toEqual(on);
  });

  it('puts the health card in the overview content area of pipeline Components only', () => {
    const tester = createExtensionTester(healthCard);
    expect(tester.get(EntityCardBlueprint.dataRefs.type)).toBe('content');
    expect(accepted(healthCard)).toEqual(['Component:pipeline']);
  });

  it('shows a pipeline its health card and Pipeline tab, drawn from the API', async () => {
    const calls = renderEntityPage(pipelineEntity);
    expect(
      await screen.findByText('2 of 4 stages need attention', {}, LAZY_LOAD),
    ).toBeInTheDocument();
    expect(
      await screen.findByTestId('pipeline-flow', {}, LAZY_LOAD),
    ).toBeInTheDocument();
    expect(calls).toContain('view event-data-pipeline 3h');
  });

  it('shows a Lambda its Metrics tab and no pipeline card', async () => {
    const calls = renderEntityPage(lambdaEntity);
    expect(
      await screen.findByTestId('chart-invocations', {}, LAZY_LOAD),
    ).toHaveTextContent('latest 400');
    expect(screen.queryByTestId('pipeline-flow')).not.toBeInTheDocument();
    expect(calls).not.toContainEqual(expect.stringMatching(/^view /));
  });

  it('adds nothing to a Resource without live metrics', async () => {
    renderEntityPage(s3Bucket);
    expect(
      await screen.findByTestId('empty-entity-page', {}, LAZY_LOAD),
    ).toBeInTheDocument();
  });
});
