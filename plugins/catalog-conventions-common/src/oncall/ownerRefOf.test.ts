import { Entity } from '@backstage/catalog-model';
import { ownerRefOf } from './ownerRefOf';

const entity = (metadata: object, spec: object): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: 'x', ...metadata },
  spec,
});

describe('ownerRefOf', () => {
  it('parses owners as groups in the entity namespace by default', () => {
    expect(ownerRefOf(entity({}, { owner: ' reviews-team ' }))).toEqual({
      raw: 'reviews-team',
      ref: { kind: 'group', namespace: 'default', name: 'reviews-team' },
    });
    expect(
      ownerRefOf(entity({ namespace: 'x' }, { owner: 'user:jane' }))?.ref,
    ).toEqual({ kind: 'user', namespace: 'x', name: 'jane' });
  });

  it('is undefined without an owner', () => {
    expect(ownerRefOf(entity({}, {}))).toBeUndefined();
    expect(ownerRefOf(entity({}, { owner: '  ' }))).toBeUndefined();
    expect(ownerRefOf(entity({}, { owner: 42 }))).toBeUndefined();
  });
});
