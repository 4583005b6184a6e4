import { appendPath } from './formatPath';

describe('appendPath', () => {
  it('joins plain keys with dots', () => {
    expect(appendPath('', 'spec')).toBe('spec');
    expect(appendPath('spec', 'settings')).toBe('spec.settings');
    expect(appendPath('spec.settings', 'db_password')).toBe(
      'spec.settings.db_password',
    );
  });

  it('bracket-quotes keys with other characters', () => {
    expect(appendPath('metadata.annotations', 'example.com/token')).toBe(
      'metadata.annotations["example.com/token"]',
    );
    expect(appendPath('spec', 'api-key')).toBe('spec["api-key"]');
    expect(appendPath('', 'a b')).toBe('["a b"]');
    expect(appendPath('x', 'say "hi"')).toBe('x["say \\"hi\\""]');
  });

  it('writes array indexes in brackets', () => {
    expect(appendPath('metadata.links', 0)).toBe('metadata.links[0]');
  });
});
