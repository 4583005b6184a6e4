import { FORMAT_SECRETS } from '../leaks/__testUtils__/fakeSecrets';
import { safeEntityName } from './safeEntityName';

describe('safeEntityName', () => {
  it('keeps ordinary names and refs', () => {
    for (const name of [
      'reviews-api-db-password',
      'resource:default/aws-secrets-manager',
      'component:payments/checkout-v2',
    ]) {
      expect(safeEntityName(name)).toBe(name);
    }
  });

  it('replaces a name that looks like a token, saying what it looks like, never quoting it', () => {
    const tokens = FORMAT_SECRETS.filter(s =>
      /^[A-Za-z0-9._-]{1,63}$/.test(s.value),
    );
    expect(tokens.length).toBeGreaterThan(3);
    for (const { value } of tokens) {
      for (const name of [value, `resource:default/${value}`]) {
        const safe = safeEntityName(name);
        expect(safe).toMatch(/^<redacted: looks like .+>$/);
        expect(safe).not.toContain(value);
      }
    }
  });
});
