import { Entity } from '@backstage/catalog-model';
import { parseDependsOn, parseOwner, refKey } from './refs';

const entity = (metadata: object, spec: object): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: 'x', ...metadata },
  spec,
});

describe('refs', () => {
  it('parses dependsOn with the entity namespace and requires a kind', () => {
    const parsed = parseDependsOn(
      entity(
        { namespace: 'payments' },
        {
          dependsOn: ['resource:vault', 'resource:platform/kms', 'vault', 42],
        },
      ),
    );
    expect(parsed.refs.map(refKey)).toEqual([
      'resource:payments/vault',
      'resource:platform/kms',
    ]);
    expect(parsed.invalid).toEqual(['vault', '42']);
    expect(parseDependsOn(entity({}, {}))).toEqual({ refs: [], invalid: [] });
  });

  it('parses owners as groups in the entity namespace by default', () => {
    expect(refKey(parseOwner(entity({}, { owner: 'reviews-team' }))!)).toBe(
      'group:default/reviews-team',
    );
    expect(
      refKey(parseOwner(entity({ namespace: 'x' }, { owner: 'user:jane' }))!),
    ).toBe('user:x/jane');
    expect(parseOwner(entity({}, {}))).toBeUndefined();
    expect(parseOwner(entity({}, { owner: '  ' }))).toBeUndefined();
  });
});
