import { nameWords } from './nameWords';

describe('nameWords', () => {
  it.each([
    [
      'EventProcessor-IteratorAgeMS',
      ['event', 'processor', 'iterator', 'age', 'ms'],
    ],
    ['example.com/apiToken', ['example', 'com', 'api', 'token']],
    ['DBPassword', ['db', 'password']],
    ['DB_PASSWORD', ['db', 'password']],
    ['5xx-rate', ['5xx', 'rate']],
    ['--', []],
  ])('%s → %p', (name, words) => {
    expect(nameWords(name)).toEqual(words);
  });
});
