import { decodeBase64Url } from './base64url';

describe('decodeBase64Url', () => {
  it('decodes unpadded base64url, including UTF-8', () => {
    expect(decodeBase64Url('eyJhbGciOiJIUzI1NiJ9')).toBe('{"alg":"HS256"}');
    expect(decodeBase64Url('w6k')).toBe('é');
    expect(decodeBase64Url('_-8')).toBe(decodeBase64Url('/+8'));
  });

  it('returns undefined for text that is not base64', () => {
    expect(decodeBase64Url('a')).toBeUndefined();
    expect(decodeBase64Url('!!!!')).toBeUndefined();
  });
});
