import { Entity } from '@backstage/catalog-model';
// The harness runs in tests only (a devDependency), never in the published package.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import { exampleCatalogByRef } from '@internal/stagecraft-test-utils';
import { buildPipelineFlow, pipelineStageRefs } from './pipelineFlow';
import { readFlowRefs } from './flowRefs';

describe('buildPipelineFlow on the example catalog', () => {
  const catalog = exampleCatalogByRef();

  it('draws the event data pipeline from producers to the curated bucket', () => {
    const pipeline = catalog.get('component:default/event-data-pipeline')!;
    const flow = buildPipelineFlow(pipeline, catalog);
    expect(flow.problems).toEqual([]);
    expect(flow.stages).toHaveLength(13);
    expect(flow.stages.every(s => !s.missing)).toBe(true);
    const edges = flow.edges.map(e => `${e.from} -> ${e.to}`);
    expect(edges).toEqual(
      expect.arrayContaining([
        'component:default/clickstream-collector -> resource:default/raw-events-stream',
        'resource:default/raw-events-stream -> component:default/event-processor',
        'component:default/event-processor -> resource:default/processed-events-stream',
        'resource:default/processed-events-stream -> resource:default/events-firehose',
        'resource:default/events-firehose -> resource:default/events-lake-bucket',
        'component:default/event-hourly-compactor -> resource:default/events-curated-bucket',
        'component:default/event-replayer -> resource:default/raw-events-stream',
      ]),
    );
    // Declared twice (writes-to on one side, reads-from on the other), drawn once.
    expect(new Set(edges).size).toBe(edges.length);
    const processor = flow.stages.find(s => s.name === 'event-processor')!;
    expect(processor.stageType).toBe('lambda-function');
    expect(processor.aws).toMatchObject({
      accountId: '111122223333',
      region: 'eu-west-1',
      resourceName: 'event-processor-prod',
    });
  });

  it('keeps stages of types without metrics, such as a SageMaker endpoint', () => {
    const pipeline = catalog.get('component:default/recommendation-pipeline')!;
    const flow = buildPipelineFlow(pipeline, catalog);
    const endpoint = flow.stages.find(
      s => s.name === 'reco-personalized-endpoint',
    )!;
    expect(endpoint.stageType).toBeUndefined();
    expect(endpoint.specType).toBe('sagemaker-endpoint');
    // The loader re-triggers itself through its topic: a cycle, kept.
    expect(flow.edges).toEqual(
      expect.arrayContaining([
        {
          from: 'component:default/reco-loader',
          to: 'resource:default/reco-loader-topic',
        },
        {
          from: 'resource:default/reco-loader-topic',
          to: 'component:default/reco-loader',
        },
      ]),
    );
  });
});

describe('buildPipelineFlow problems', () => {
  const pipeline: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'p' },
    spec: {
      type: 'pipeline',
      dependsOn: ['resource:default/a', 'resource:gone', 42],
    },
  };
  const a: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: 'a',
      annotations: {
        'stagecraft.io/writes-to':
          'resource:default/gone, not a ref:::,resource:default/elsewhere',
      },
    },
    spec: { type: 'kinesis-stream' },
  };

  it('marks missing stages, names bad entries and skips edges leaving the pipeline', () => {
    const flow = buildPipelineFlow(
      pipeline,
      new Map([['resource:default/a', a]]),
    );
    expect(flow.problems).toEqual([
      'spec.dependsOn has a non-string entry (42)',
    ]);
    const gone = flow.stages.find(s => s.name === 'gone')!;
    expect(gone.missing).toBe(true);
    expect(gone.problems[0]).toContain('is not in the catalog');
    expect(flow.edges).toEqual([
      { from: 'resource:default/a', to: 'resource:default/gone' },
    ]);
    const stageA = flow.stages.find(s => s.name === 'a')!;
    expect(stageA.problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          '"not a ref:::" in stagecraft.io/writes-to is not an entity ref',
        ),
        'amazonaws.com/arn is missing, so there are no live metrics',
      ]),
    );
  });

  it('says so when a pipeline lists no stages', () => {
    expect(
      pipelineStageRefs({ ...pipeline, spec: { type: 'pipeline' } }).problems,
    ).toEqual(['spec.dependsOn lists no stages']);
  });

  it('defaults a ref without kind to a resource in the entity namespace', () => {
    expect(
      readFlowRefs({
        ...a,
        metadata: {
          name: 'a',
          namespace: 'data',
          annotations: {
            'stagecraft.io/reads-from': 'raw, component:default/x',
          },
        },
      }).readsFrom,
    ).toEqual(['resource:data/raw', 'component:default/x']);
  });
});
