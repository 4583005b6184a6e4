import { searchWords } from './searchWords';

describe('searchWords', () => {
  it('lower-cases the words of a search and drops the blanks between them', () => {
    expect(searchWords('  Orders\tDB  ')).toEqual(['orders', 'db']);
    expect(searchWords('')).toEqual([]);
    expect(searchWords(undefined)).toEqual([]);
  });
});
