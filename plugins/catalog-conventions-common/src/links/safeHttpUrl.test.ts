import { safeHttpUrl } from './safeHttpUrl';

describe('safeHttpUrl', () => {
  it.each([
    [
      'https://wiki.example.com/rotate?x=1',
      'https://wiki.example.com/rotate?x=1',
    ],
    ['  http://example.com ', 'http://example.com/'],
  ])('keeps the http(s) URL %s', (url, expected) => {
    expect(safeHttpUrl(url)).toBe(expected);
  });

  it.each([
    // eslint-disable-next-line no-script-url -- the URL under test
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example.com',
    '/relative/path',
    'not a url',
    '',
    undefined,
    42,
  ])('refuses %p', url => {
    expect(safeHttpUrl(url)).toBeUndefined();
  });
});
