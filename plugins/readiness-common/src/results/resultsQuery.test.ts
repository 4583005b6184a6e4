import {
  DEFAULT_RESULTS_LIMIT,
  MAX_RESULTS_LIMIT,
  parseResultFilter,
  parseResultsQuery,
  resultsQueryString,
} from './resultsQuery';

describe('parseResultsQuery', () => {
  it('reads every parameter, with the first page of the default size when none is asked', () => {
    expect(parseResultsQuery({})).toEqual({
      query: {
        offset: 0,
        limit: DEFAULT_RESULTS_LIMIT,
        failingOnly: false,
        exemptedOnly: false,
        passingOnly: false,
      },
    });
    expect(
      parseResultsQuery({
        owner: 'group:default/team-a',
        system: 'system:default/shop',
        domain: 'domain:default/retail',
        kind: 'Component',
        check: 'runbook',
        failing: 'true',
        exempted: 'true',
        passing: 'true',
        offset: '50',
        limit: '100',
        sort: 'owner',
        order: 'desc',
      }),
    ).toEqual({
      query: {
        owner: 'group:default/team-a',
        system: 'system:default/shop',
        domain: 'domain:default/retail',
        kind: 'Component',
        checkId: 'runbook',
        failingOnly: true,
        exemptedOnly: true,
        passingOnly: true,
        offset: 50,
        limit: 100,
        sort: 'owner',
        order: 'desc',
      },
    });
  });

  it.each([
    [{ limit: '0' }, 'limit: expected a whole number from 1 to 500'],
    [{ limit: String(MAX_RESULTS_LIMIT + 1) }, 'limit'],
    [{ limit: '50abc' }, 'limit'],
    [{ offset: '-1' }, 'offset'],
    [{ offset: '1.5' }, 'offset'],
    [{ sort: 'result' }, 'sort: expected one of entityRef, kind'],
    [{ order: 'up' }, 'order: expected one of asc, desc'],
    [{ failing: 'yes' }, 'failing: expected one of true, false'],
    [{ exempted: 'yes' }, 'exempted: expected one of true, false'],
    [{ passing: 'yes' }, 'passing: expected one of true, false'],
    [{ owner: ['a', 'b'] }, 'owner: expected one value'],
  ])('refuses %j naming the parameter', (params, message) => {
    const parsed = parseResultsQuery(params);
    expect('error' in parsed && parsed.error).toContain(
      `Invalid query parameter ${message}`,
    );
  });
});

describe('parseResultFilter', () => {
  it('reads only the filter, refusing what the results query refuses of it', () => {
    expect(parseResultFilter({ check: 'runbook', limit: '9999' })).toEqual({
      query: {
        checkId: 'runbook',
        failingOnly: false,
        exemptedOnly: false,
        passingOnly: false,
      },
    });
    expect(parseResultFilter({ failing: 'maybe' })).toEqual({
      error: 'Invalid query parameter failing: expected one of true, false',
    });
  });
});

describe('resultsQueryString', () => {
  it('is read back by parseResultsQuery as the same query', () => {
    const query = {
      owner: 'group:default/team a',
      checkId: 'runbook',
      failingOnly: true,
      exemptedOnly: true,
      passingOnly: true,
      offset: 25,
      limit: 25,
      sort: 'score' as const,
      order: 'desc' as const,
    };
    const text = resultsQueryString(query);
    expect(text).toBe(
      'owner=group%3Adefault%2Fteam+a&check=runbook&failing=true&exempted=true&passing=true&offset=25&limit=25&sort=score&order=desc',
    );
    expect(
      parseResultsQuery(Object.fromEntries(new URLSearchParams(text))),
    ).toEqual({ query });
  });

  it('keeps the order of the parameters as the links to the Readiness page have them', () => {
    expect(
      resultsQueryString({
        owner: 'group:default/a',
        exemptedOnly: true,
        passingOnly: true,
      }),
    ).toBe('owner=group%3Adefault%2Fa&exempted=true&passing=true');
  });

  it('leaves out what is unset and false flags', () => {
    expect(
      resultsQueryString({
        failingOnly: false,
        exemptedOnly: false,
        passingOnly: false,
      }),
    ).toBe('');
  });
});

describe('the free-text search', () => {
  it('is `q` in the filter, the page and the query string', () => {
    expect(parseResultFilter({ q: 'orders api' })).toEqual({
      query: {
        search: 'orders api',
        failingOnly: false,
        exemptedOnly: false,
        passingOnly: false,
      },
    });
    const query = { search: 'orders api', offset: 0, limit: 25 };
    const text = resultsQueryString(query);
    expect(text).toBe('q=orders+api&offset=0&limit=25');
    expect(
      parseResultsQuery(Object.fromEntries(new URLSearchParams(text))),
    ).toEqual({
      query: {
        ...query,
        failingOnly: false,
        exemptedOnly: false,
        passingOnly: false,
      },
    });
  });
});
