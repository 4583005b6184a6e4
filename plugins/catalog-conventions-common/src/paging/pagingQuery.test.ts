import {
  type PagingRules,
  pagedListParams,
  pagingQueryString,
  parsePaging,
  readParameterTexts,
  SEARCH_PARAMETER,
} from './pagingQuery';

const RULES: PagingRules<'name' | 'owner'> = {
  sortKeys: ['name', 'owner'],
  defaultLimit: 10,
  maxLimit: 50,
};

const pagingOf = (params: Record<string, unknown>, rules = RULES) => {
  const texts = readParameterTexts(params, [
    'offset',
    'limit',
    'sort',
    'order',
    SEARCH_PARAMETER,
  ]);
  return 'error' in texts ? texts : parsePaging(texts.query, rules);
};

describe('readParameterTexts', () => {
  it('keeps the named parameters that are set, an empty text as unset', () => {
    const texts = readParameterTexts({ q: 'db', owner: '', other: 'x' }, [
      'q',
      'owner',
    ]);
    expect(texts).toEqual({ query: new Map([['q', 'db']]) });
  });

  it('refuses a parameter given twice, naming it', () => {
    expect(readParameterTexts({ q: ['a', 'b'] }, ['q'])).toEqual({
      error: 'Invalid query parameter q: expected one value',
    });
  });
});

describe('parsePaging', () => {
  it('is the first page of the default size when nothing is asked', () => {
    expect(pagingOf({})).toEqual({ query: { offset: 0, limit: 10 } });
  });

  it('reads offset, limit, sort and order', () => {
    expect(
      pagingOf({ offset: '20', limit: '50', sort: 'owner', order: 'desc' }),
    ).toEqual({
      query: { offset: 20, limit: 50, sort: 'owner', order: 'desc' },
    });
  });

  it.each([
    [{ offset: '-1' }, 'offset: expected a whole number from 0 to'],
    [{ offset: '1e3' }, 'offset: expected a whole number'],
    [{ limit: '0' }, 'limit: expected a whole number from 1 to 50'],
    [{ limit: '51' }, 'limit: expected a whole number from 1 to 50'],
    [{ limit: '5 ' }, 'limit: expected a whole number'],
    [{ sort: 'secret' }, 'sort: expected one of name, owner'],
    [{ order: 'up' }, 'order: expected one of asc, desc'],
  ])('refuses %j naming the parameter', (params, message) => {
    const parsed = pagingOf(params);
    expect('error' in parsed && parsed.error).toContain(
      `Invalid query parameter ${message}`,
    );
  });

  it('says what a bad order should be as the list asks', () => {
    expect(
      pagingOf({ order: 'up' }, { ...RULES, expectedOrder: 'asc or desc' }),
    ).toEqual({ error: 'Invalid query parameter order: expected asc or desc' });
  });
});

describe('pagingQueryString', () => {
  const PARAMS = {
    search: SEARCH_PARAMETER,
    failingOnly: 'failing',
    offset: 'offset',
    sort: 'sort',
  };

  it('puts each set field under its parameter, leaving out unset, empty and false', () => {
    expect(
      pagingQueryString(
        { search: 'orders db', failingOnly: false, offset: 0, sort: '' },
        PARAMS,
      ),
    ).toBe('q=orders+db&offset=0');
    expect(pagingQueryString({ failingOnly: true }, PARAMS)).toBe(
      'failing=true',
    );
  });

  it('reads back through readParameterTexts and parsePaging', () => {
    const query = { offset: 30, limit: 15, sort: 'name', order: 'asc' };
    const text = pagingQueryString(query, {
      offset: 'offset',
      limit: 'limit',
      sort: 'sort',
      order: 'order',
    });
    expect(pagingOf(Object.fromEntries(new URLSearchParams(text)))).toEqual({
      query,
    });
  });
});

describe('pagedListParams', () => {
  it("names the search first, then the list's filters, then paging", () => {
    expect(
      Object.entries(
        pagedListParams({ owner: 'owner', failingOnly: 'failing' }),
      ),
    ).toEqual([
      ['search', 'q'],
      ['owner', 'owner'],
      ['failingOnly', 'failing'],
      ['offset', 'offset'],
      ['limit', 'limit'],
      ['sort', 'sort'],
      ['order', 'order'],
    ]);
  });
});
