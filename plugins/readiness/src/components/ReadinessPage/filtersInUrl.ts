import {
  parseResultFilter,
  resultsQueryString,
  SUMMARY_GROUPS,
  type ResultFilter,
} from '@stagecraft/plugin-readiness-common';
import type { Filters } from './FiltersBar';

/** The results' filter the page's filters ask for, with the search as settled. */
export function resultFilterOf(
  filters: Filters,
  search = filters.search,
): ResultFilter {
  return {
    search,
    ...(filters.selected
      ? { [filters.selected.groupBy]: filters.selected.key }
      : {}),
    checkId: filters.checkId,
    failingOnly: filters.failingOnly,
    exemptedOnly: filters.exemptedOnly,
  };
}

/**
 * The filters a Readiness page URL opens with: the parameters of `/results` (`q`, `owner`,
 * `system` or `domain`, `check`, `failing`, `exempted`); none when one of them is invalid.
 */
export function filtersOfUrl(params: URLSearchParams): Filters {
  const parsed = parseResultFilter(Object.fromEntries(params));
  const filter: ResultFilter = 'error' in parsed ? {} : parsed.query;
  const selectedBy = SUMMARY_GROUPS.find(groupBy => filter[groupBy]);
  return {
    search: filter.search,
    groupBy: selectedBy ?? 'owner',
    selected: selectedBy
      ? { groupBy: selectedBy, key: filter[selectedBy]! }
      : undefined,
    checkId: filter.checkId,
    failingOnly: filter.failingOnly ?? false,
    exemptedOnly: filter.exemptedOnly ?? false,
  };
}

const WRITTEN_PARAMS = [...SUMMARY_GROUPS, 'check', 'failing', 'exempted'];

/**
 * `params` with the filters written as `filtersOfUrl` reads them; the search (`q`) is
 * left as it is, as it follows once typing settles.
 */
export function urlWithFilters(
  params: URLSearchParams,
  filters: Filters,
): URLSearchParams {
  const next = new URLSearchParams(params);
  WRITTEN_PARAMS.forEach(name => next.delete(name));
  new URLSearchParams(
    resultsQueryString(resultFilterOf(filters, undefined)),
  ).forEach((value, name) => next.set(name, value));
  return next;
}
