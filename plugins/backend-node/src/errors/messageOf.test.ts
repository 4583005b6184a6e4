import { messageOf } from './messageOf';

describe('messageOf', () => {
  it.each([
    ['an Error', new TypeError('fetch failed'), 'fetch failed'],
    ['a string', 'boom', 'boom'],
    ['anything else', 42, '42'],
    ['nothing', undefined, 'undefined'],
  ])('says what %s says', (_what, error, expected) => {
    expect(messageOf(error)).toBe(expected);
  });
});
