import { Entity } from '@backstage/catalog-model';
import {
  auroraClusterRefsOf,
  capacityScopeRefs,
  capacityTargetOf,
} from './capacityTargets';

function resource(
  name: string,
  type: string,
  arn?: string,
  relations: Entity['relations'] = [],
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name,
      namespace: 'default',
      annotations: arn ? { 'amazonaws.com/arn': arn } : {},
    },
    spec: { type },
    relations,
  };
}

describe('capacityTargetOf', () => {
  it('reads tables and Aurora clusters from their ARNs', () => {
    expect(
      capacityTargetOf(
        resource(
          't',
          'dynamodb-table',
          'arn:aws:dynamodb:eu-west-1:111122223333:table/orders',
        ),
      ).target,
    ).toEqual({
      type: 'dynamodb',
      ref: 'resource:default/t',
      location: { accountId: '111122223333', region: 'eu-west-1' },
      tableName: 'orders',
    });
    expect(
      capacityTargetOf(
        resource(
          'db',
          'aurora-cluster',
          'arn:aws:rds:eu-west-1:111122223333:cluster:reviews-prod',
        ),
      ).target,
    ).toMatchObject({ type: 'aurora', clusterId: 'reviews-prod' });
  });

  it('names the entity and annotation when the ARN does not fit', () => {
    expect(
      capacityTargetOf(
        resource('t', 'dynamodb-table', 'arn:aws:s3:::not-a-table'),
      ),
    ).toEqual({
      problem:
        'resource:default/t: capacity not checked: amazonaws.com/arn does not name a DynamoDB table',
    });
    expect(capacityTargetOf(resource('s', 'kinesis-stream')).problem).toBe(
      'resource:default/s: capacity not checked: amazonaws.com/arn is missing, so there are no live metrics',
    );
  });

  it('ignores what capacity checks do not cover', () => {
    expect(
      capacityTargetOf(resource('b', 's3-bucket', 'arn:aws:s3:::b')),
    ).toEqual({});
  });
});

describe('capacity scope', () => {
  it("is a System's parts, a Component's dependencies, an endpoint's cluster", () => {
    const relations = [
      { type: 'hasPart', targetRef: 'component:default/a' },
      { type: 'dependsOn', targetRef: 'resource:default/b' },
    ];
    const scopeOf = (kind: string) =>
      capacityScopeRefs({
        apiVersion: 'backstage.io/v1alpha1',
        kind,
        metadata: { name: 'x' },
        relations,
      });
    expect(scopeOf('System')).toEqual(['component:default/a']);
    expect(scopeOf('Component')).toEqual(['resource:default/b']);
    expect(
      auroraClusterRefsOf(
        resource('reader', 'aurora-endpoint', undefined, [
          { type: 'dependsOn', targetRef: 'resource:default/cluster' },
        ]),
      ),
    ).toEqual(['resource:default/cluster']);
  });
});
