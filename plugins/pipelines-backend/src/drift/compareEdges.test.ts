import { Entity } from '@backstage/catalog-model';
import { compareEdges } from './compareEdges';
import { StageEdgeObservation } from './types';

const ARN = {
  stream: 'arn:aws:kinesis:eu-west-1:111122223333:stream/clicks',
  table: 'arn:aws:dynamodb:eu-west-1:111122223333:table/users',
  secret: 'arn:aws:sqs:eu-west-1:111122223333:hidden-queue',
};

function entity(
  kind: string,
  name: string,
  type: string,
  annotations: Record<string, string>,
): [string, Entity] {
  return [
    `${kind.toLocaleLowerCase('en-US')}:default/${name}`,
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata: { name, namespace: 'default', annotations },
      spec: { type },
    },
  ];
}

const lambda = (name: string, readsFrom: string) =>
  entity('Component', name, 'lambda-function', {
    'amazonaws.com/arn': `arn:aws:lambda:eu-west-1:111122223333:function:${name}`,
    'stagecraft.io/reads-from': readsFrom,
  });

const entities = new Map<string, Entity | undefined>([
  entity('Resource', 'clicks', 'kinesis-stream', {
    'amazonaws.com/arn': ARN.stream,
  }),
  entity('Resource', 'users', 'dynamodb-table', {
    'amazonaws.com/arn': ARN.table,
  }),
  // Reads the stream through a consumer named after it; reads the table by calling it.
  lambda('sessionizer', 'resource:default/clicks,resource:default/users'),
  // Declares a source the caller may not read.
  lambda('archiver', 'resource:default/secret-queue'),
  entity('Component', 'reporter', 'service', {}),
  ['resource:default/secret-queue', undefined],
]);

const stageRefs = [
  'resource:default/clicks',
  'resource:default/users',
  'component:default/sessionizer',
  'component:default/archiver',
  'component:default/reporter',
];

const summary = (edges: { source: any; target: any }[]) =>
  edges.map(
    e =>
      `${e.source.ref ?? e.source.label} -> ${e.target.ref ?? e.target.label}`,
  );

describe('compareEdges', () => {
  const observations = new Map<string, StageEdgeObservation>([
    [
      'resource:default/clicks',
      {
        operation: 'kinesis:ListStreamConsumers',
        consumers: [
          { name: 'sessionizer', status: 'ACTIVE' },
          { name: 'reporter', status: 'ACTIVE' },
          { name: 'old-replay', status: 'ACTIVE' },
        ],
      },
    ],
    [
      'component:default/sessionizer',
      { operation: 'lambda:ListEventSourceMappings', mappings: [] },
    ],
    [
      'component:default/archiver',
      {
        operation: 'lambda:ListEventSourceMappings',
        mappings: [
          { uuid: 'u1', eventSourceArn: ARN.secret, state: 'Enabled' },
        ],
      },
    ],
  ]);

  it('judges consumers by name, leaves table reads and unseen sources alone', () => {
    const result = compareEdges({ stageRefs, entities, observations });
    // The sessionizer's consumer confirms its stream edge; its table read needs no mapping.
    expect(result.onlyInYaml).toEqual([]);
    expect(summary(result.onlyInAws)).toEqual([
      'resource:default/clicks -> component:default/reporter',
      'resource:default/clicks -> consumer old-replay',
    ]);
    expect(result.onlyInAws[0].target.inPipeline).toBe(true);
    expect(result.onlyInAws[0].fix).toBe(
      'Add resource:default/clicks to stagecraft.io/reads-from of component:default/reporter, or deregister consumer reporter from clicks if it no longer reads from it.',
    );
    expect(result.unknownStages).toEqual([]);
  });

  it('judges none of an unknown stage’s edges', () => {
    const result = compareEdges({
      stageRefs,
      entities,
      observations: new Map([
        ...observations,
        [
          'resource:default/clicks',
          { operation: 'kinesis:ListStreamConsumers', error: 'Timed out' },
        ],
      ]),
    });
    // The sessionizer has no mapping, but may read through a consumer nobody could list.
    expect(result.onlyInYaml).toEqual([]);
    expect(result.onlyInAws).toEqual([]);
    expect(result.unknownStages).toEqual([
      {
        ref: 'resource:default/clicks',
        title: 'clicks',
        operation: 'kinesis:ListStreamConsumers',
        reason: 'Timed out',
      },
    ]);
  });
});
