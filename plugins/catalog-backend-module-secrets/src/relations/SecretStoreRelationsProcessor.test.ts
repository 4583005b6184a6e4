import { Entity } from '@backstage/catalog-model';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { SecretStoreRelationsProcessor } from './SecretStoreRelationsProcessor';

const location = { type: 'file', target: '/repo/catalog-info.yaml' };

async function relationsOf(entity: Entity) {
  const emitted: CatalogProcessorResult[] = [];
  const result = await new SecretStoreRelationsProcessor().postProcessEntity(
    entity,
    location,
    r => emitted.push(r),
  );
  expect(result).toBe(entity);
  return emitted.map(r => {
    if (r.type !== 'relation') throw new Error(`unexpected ${r.type}`);
    const { source, type, target } = r.relation;
    return `${source.kind}:${source.namespace}/${source.name} ${type} ${target.kind}:${target.namespace}/${target.name}`;
  });
}

function resource(type: string, spec: object, namespace?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name: 'db-password', ...(namespace ? { namespace } : {}) },
    spec: { type, owner: 'team-a', ...spec },
  };
}

describe('SecretStoreRelationsProcessor', () => {
  it('draws storedIn and stores for the single resource dependsOn entry', async () => {
    expect(
      await relationsOf(
        resource(
          'secret',
          { dependsOn: ['component:web', 'resource:vault-prod'] },
          'payments',
        ),
      ),
    ).toEqual([
      'Resource:payments/db-password storedIn resource:payments/vault-prod',
      'resource:payments/vault-prod stores Resource:payments/db-password',
    ]);
  });

  it('draws nothing, and accepts the secret, with no store or several', async () => {
    expect(
      await relationsOf(resource('secret', { dependsOn: ['component:web'] })),
    ).toEqual([]);
    expect(
      await relationsOf(
        resource('secret', { dependsOn: ['resource:a', 'resource:b'] }),
      ),
    ).toEqual([]);
    expect(await relationsOf(resource('secret', {}))).toEqual([]);
  });

  it('ignores resources that are not secrets', async () => {
    expect(
      await relationsOf(
        resource('s3-bucket', { dependsOn: ['resource:vault-prod'] }),
      ),
    ).toEqual([]);
  });
});
