import { filtersOfUrl, urlWithFilters } from './filtersInUrl';

describe('the filters in the Readiness page URL', () => {
  it('are read back as written, leaving the search and other parameters as they are', () => {
    const filters = {
      search: 'orders',
      groupBy: 'system' as const,
      selected: { groupBy: 'system' as const, key: 'system:default/shop' },
      checkId: 'runbook',
      failingOnly: true,
      passingOnly: false,
      exemptedOnly: true,
    };
    const url = urlWithFilters(
      new URLSearchParams('q=orders&owner=group:default/a&other=1'),
      filters,
    );
    expect(url.toString()).toBe(
      'q=orders&other=1&system=system%3Adefault%2Fshop&check=runbook&failing=true&exempted=true',
    );
    expect(filtersOfUrl(url)).toEqual(filters);
    expect(
      urlWithFilters(new URLSearchParams('q=settled'), {
        ...filters,
        search: 'still typing',
      }).get('q'),
    ).toBe('settled');
  });

  it('hold the grouping when it is not the selected group, nor by owner when none is', () => {
    const bySystem = {
      groupBy: 'system' as const,
      selected: { groupBy: 'owner' as const, key: 'group:default/a' },
      failingOnly: false,
      passingOnly: false,
      exemptedOnly: false,
    };
    const url = urlWithFilters(new URLSearchParams(), bySystem);
    expect(url.toString()).toBe('owner=group%3Adefault%2Fa&groupBy=system');
    expect(filtersOfUrl(url)).toEqual(bySystem);
    const byOwner = { ...bySystem, groupBy: 'owner' as const };
    expect(urlWithFilters(url, byOwner).toString()).toBe(
      'owner=group%3Adefault%2Fa',
    );
    expect(
      filtersOfUrl(new URLSearchParams('groupBy=domain&failing=yes')).groupBy,
    ).toBe('domain');
  });

  it('are none but the defaults when the URL has none, or an invalid one', () => {
    const none = {
      groupBy: 'owner',
      failingOnly: false,
      passingOnly: false,
      exemptedOnly: false,
    };
    expect(filtersOfUrl(new URLSearchParams())).toEqual(none);
    expect(filtersOfUrl(new URLSearchParams('failing=yes&check=x'))).toEqual(
      none,
    );
    expect(
      urlWithFilters(new URLSearchParams('failing=true&check=x'), {
        groupBy: 'owner',
        failingOnly: false,
        passingOnly: false,
        exemptedOnly: false,
      }).toString(),
    ).toBe('');
  });
});
