import { splitList } from './fieldValues';

describe('splitList', () => {
  it('splits comma-separated annotations, dropping blanks', () => {
    expect(splitList(' a, b ,,c ')).toEqual(['a', 'b', 'c']);
    expect(splitList(undefined)).toEqual([]);
  });
});
