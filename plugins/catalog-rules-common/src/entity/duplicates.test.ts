import { Entity } from '@backstage/catalog-model';
import { entityRefKey, findDuplicateEntities } from './duplicates';

const entity = (kind: string, name: string, namespace?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, ...(namespace ? { namespace } : {}) },
});

describe('findDuplicateEntities', () => {
  it('groups entities with the same ref, case-insensitively', () => {
    const items = [
      entity('Component', 'a'),
      entity('API', 'a'),
      entity('component', 'A', 'default'),
      entity('Component', 'a', 'other'),
    ];
    expect(findDuplicateEntities(items, e => e)).toEqual([
      [items[0], items[2]],
    ]);
  });

  it('keys entities as kind:namespace/name in lower case', () => {
    expect(entityRefKey(entity('Resource', 'DB'))).toBe('resource:default/db');
  });
});
