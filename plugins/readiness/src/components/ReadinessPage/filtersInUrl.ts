import {
  parseResultFilter,
  resultsQueryString,
  SUMMARY_GROUPS,
  type ResultFilter,
  type SummaryGroupBy,
} from '@stagecraft/plugin-readiness-common';
import type { Filters } from './FiltersBar';

/** The URL parameter of the summary's grouping, when it is not the selected group's or the owner. */
const GROUP_BY_PARAM = 'groupBy';

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
    passingOnly: filters.passingOnly,
  };
}

const isSummaryGroup = (text: string | null): text is SummaryGroupBy =>
  (SUMMARY_GROUPS as readonly (string | null)[]).includes(text);

/** How the summary groups when the URL does not say: by the selected group, else by owner. */
const defaultGroupBy = (selected: Filters['selected']): SummaryGroupBy =>
  selected?.groupBy ?? 'owner';

/**
 * The filters a Readiness page URL opens with: the parameters of `/results` (`q`, `owner`,
 * `system` or `domain`, `check`, `failing`, `exempted`, `passing`); none when one of them is invalid.
 * And how the summary groups (`groupBy`).
 */
export function filtersOfUrl(params: URLSearchParams): Filters {
  const parsed = parseResultFilter(Object.fromEntries(params));
  const filter: ResultFilter = 'error' in parsed ? {} : parsed.query;
  const selectedBy = SUMMARY_GROUPS.find(groupBy => filter[groupBy]);
  const selected = selectedBy
    ? { groupBy: selectedBy, key: filter[selectedBy]! }
    : undefined;
  const groupBy = params.get(GROUP_BY_PARAM);
  return {
    search: filter.search,
    groupBy: isSummaryGroup(groupBy) ? groupBy : defaultGroupBy(selected),
    selected,
    checkId: filter.checkId,
    failingOnly: filter.failingOnly ?? false,
    passingOnly: filter.passingOnly ?? false,
    exemptedOnly: filter.exemptedOnly ?? false,
  };
}

const WRITTEN_PARAMS = [
  ...SUMMARY_GROUPS,
  'check',
  'failing',
  'exempted',
  'passing',
  GROUP_BY_PARAM,
];

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
    resultsQueryString(resultFilterOf({ ...filters, search: undefined })),
  ).forEach((value, name) => next.set(name, value));
  if (filters.groupBy !== defaultGroupBy(filters.selected)) {
    next.set(GROUP_BY_PARAM, filters.groupBy);
  }
  return next;
}
