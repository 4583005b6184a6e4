import { parseDependsOn, parseOwner, refKey } from './refs';
import { resource } from './__testUtils__/entities';

const entity = (overrides: { namespace?: string }, spec: object) =>
  resource('x', 'secret', overrides, spec);

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
