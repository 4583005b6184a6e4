import { oneOfParameter } from './pagingQuery';
import { pagedListQuery } from './pagedListQuery';

const LIST = pagedListQuery({
  filterParams: { owner: 'owner', failingOnly: 'failing' },
  readFilters: texts => {
    const failing = oneOfParameter(['true'], 'failing', texts.get('failing'));
    return 'error' in failing
      ? failing
      : { query: { failingOnly: failing.query === 'true' } };
  },
  paging: { sortKeys: ['name'], defaultLimit: 10, maxLimit: 50 },
});

describe('pagedListQuery', () => {
  it('reads each filter as its text unless the list reads it, in the order of the parameters', () => {
    const parsed = LIST.parseFilters({
      failing: 'true',
      owner: 'group:default/a',
      q: 'db',
      limit: 'ignored',
    });
    expect(parsed).toEqual({
      query: { search: 'db', owner: 'group:default/a', failingOnly: true },
    });
    expect('query' in parsed && Object.keys(parsed.query)).toEqual([
      'search',
      'owner',
      'failingOnly',
    ]);
  });

  it('reads the filters, then the paging', () => {
    expect(LIST.parse({ owner: 'a', sort: 'name' })).toEqual({
      query: {
        owner: 'a',
        failingOnly: false,
        offset: 0,
        limit: 10,
        sort: 'name',
      },
    });
  });

  it.each([
    [{ owner: ['a', 'b'], limit: '0' }, 'owner: expected one value'],
    [{ failing: 'no', limit: '0' }, 'failing: expected one of true'],
    [{ limit: '0' }, 'limit: expected a whole number from 1 to 50'],
  ])('refuses %j naming the first bad parameter', (params, message) => {
    expect(LIST.parse(params)).toEqual({
      error: `Invalid query parameter ${message}`,
    });
  });

  it('writes a query string that reads back as the same query', () => {
    const query = { search: 'orders db', failingOnly: true, offset: 20 };
    const text = LIST.queryString(query);
    expect(text).toBe('q=orders+db&failing=true&offset=20');
    expect(LIST.parse(Object.fromEntries(new URLSearchParams(text)))).toEqual({
      query: { ...query, limit: 10 },
    });
  });
});
