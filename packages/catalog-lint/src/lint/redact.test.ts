import { createRedactor, secretFragments, valueAtPath } from './redact';

describe('redaction', () => {
  it('reads the value at a findSecretValues path', () => {
    const data = {
      metadata: { annotations: { 'a/b': 'v1' } },
      list: ['x', 'y'],
    };
    expect(valueAtPath(data, 'metadata.annotations["a/b"]')).toBe('v1');
    expect(valueAtPath(data, 'list[1]')).toBe('y');
    expect(valueAtPath(data, 'nope.here')).toBeUndefined();
  });

  it('redacts the whole value and its long words', () => {
    const value = 'token is abcdefgh12345678 here';
    const redact = createRedactor(secretFragments(value));
    expect(redact(`"${value}" is bad`)).toBe('"<redacted>" is bad');
    expect(redact('ref abcdefgh12345678 is bad')).toBe('ref <redacted> is bad');
    expect(redact('short words stay')).toBe('short words stay');
  });
});
