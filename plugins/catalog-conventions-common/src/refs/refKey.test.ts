import { Entity } from '@backstage/catalog-model';
import { entityRefOf, isKind, parseRefKey, refKey } from './refKey';

const entity = (metadata: object, kind = 'Resource'): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name: 'x', ...metadata },
});

describe('refKey', () => {
  it('normalises refs to lower case keys', () => {
    expect(
      refKey({ kind: 'Resource', namespace: 'Default', name: 'Vault' }),
    ).toBe('resource:default/vault');
    expect(refKey(entity({ name: 'Vault', namespace: 'Payments' }))).toBe(
      'resource:payments/vault',
    );
    expect(refKey('resource:Payments/Vault')).toBe('resource:payments/vault');
  });

  it('reads short refs with the default namespace, and refuses invalid ones', () => {
    expect(parseRefKey('Resource:Vault')).toBe('resource:default/vault');
    expect(parseRefKey({ kind: 'a', namespace: 'b', name: 'C' })).toBe('a:b/c');
    expect(parseRefKey('component:')).toBeUndefined();
  });
});

describe('entityRefOf', () => {
  it('writes entity refs with the default namespace', () => {
    expect(entityRefOf(entity({}))).toBe('resource:default/x');
    expect(entityRefOf(entity({ namespace: 'payments' }))).toBe(
      'resource:payments/x',
    );
  });
});

describe('isKind', () => {
  it('compares kinds case-insensitively', () => {
    expect(isKind(entity({}, 'Group'), 'group')).toBe(true);
    expect(isKind(entity({}, 'User'), 'group')).toBe(false);
    expect(isKind(undefined, 'group')).toBe(false);
  });
});
