import { parseAllDocuments } from 'yaml';
import { catalogEntity, catalogFile, secretStoreEntity } from './catalogEntity';

describe('catalogEntity', () => {
  it('names the entity, or takes its whole metadata', () => {
    expect(catalogEntity('Group', 'team-a', { type: 'team' })).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'team-a' },
      spec: { type: 'team' },
    });
    expect(
      catalogEntity('Resource', { name: 'vault', title: 'Vault' }).metadata,
    ).toEqual({ name: 'vault', title: 'Vault' });
  });
});

describe('catalogFile', () => {
  it('writes one YAML document per entity', () => {
    const entities = [catalogEntity('Group', 'a'), catalogEntity('Group', 'b')];
    expect(
      parseAllDocuments(catalogFile(entities)).map(doc => doc.toJS()),
    ).toEqual(entities);
  });
});

describe('secretStoreEntity', () => {
  it('is a secret-store Resource naming its provider', () => {
    const store = secretStoreEntity(
      'vault-prod',
      'hashicorp-vault',
      'group:platform',
      { title: 'Vault (prod)' },
    );
    expect(store.kind).toBe('Resource');
    expect(store.metadata.title).toBe('Vault (prod)');
    expect(store.metadata.annotations).toEqual({
      'stagecraft.io/store-provider': 'hashicorp-vault',
    });
    expect(store.spec).toEqual({
      type: 'secret-store',
      owner: 'group:platform',
    });
  });
});
