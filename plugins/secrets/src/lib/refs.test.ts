import { shortRef } from './refs';

describe('shortRef', () => {
  it('drops the expected kind and the default namespace', () => {
    expect(shortRef('group:default/reviews-team', 'group')).toBe(
      'reviews-team',
    );
    expect(shortRef('group:ops/sre', 'group')).toBe('ops/sre');
    expect(shortRef('user:default/maria', 'group')).toBe('user:maria');
    expect(shortRef('resource:default/vault')).toBe('resource:vault');
  });

  it('returns text that is not a ref as it is', () => {
    expect(shortRef('')).toBe('');
  });
});
