import {
  DEFAULT_PAGE_LIMIT,
  MAX_PAGE_LIMIT,
  oneOfParameter,
  pagedListQuery,
  type PagingQuery,
  type ParsedParameter,
} from '@stagecraft/catalog-conventions-common';
import type { ResultFilter } from '../api';
import { RESULT_COLUMNS } from './resultColumns';

/** What the results can be sorted by: the entity or one of its columns. */
export const RESULT_SORT_KEYS = ['entityRef', ...RESULT_COLUMNS] as const;

export type ResultSortKey = (typeof RESULT_SORT_KEYS)[number];

/** One page of the results: which rows, in which order (unset: worst score first), filtered how. */
export type ResultsQuery = ResultFilter & PagingQuery<ResultSortKey>;

/** Results a page holds when `limit` is not given. */
export const DEFAULT_RESULTS_LIMIT = DEFAULT_PAGE_LIMIT;
/** The largest `limit` a page may ask for. */
export const MAX_RESULTS_LIMIT = MAX_PAGE_LIMIT;

/** A parsed query, or what is wrong with it (naming the parameter). */
export type ParsedResultsParams<T> = ParsedParameter<T>;

const flagOf = (text: Map<string, string>, name: string) =>
  oneOfParameter(['true', 'false'], name, text.get(name));

/** The flags; the other filters are their parameters' texts. */
function flagsOf(text: Map<string, string>) {
  const failing = flagOf(text, 'failing');
  if ('error' in failing) return failing;
  const exempted = flagOf(text, 'exempted');
  if ('error' in exempted) return exempted;
  const passing = flagOf(text, 'passing');
  if ('error' in passing) return passing;
  return {
    query: {
      failingOnly: failing.query === 'true',
      exemptedOnly: exempted.query === 'true',
      passingOnly: passing.query === 'true',
    },
  };
}

const RESULTS_LIST = pagedListQuery({
  filterParams: {
    owner: 'owner',
    system: 'system',
    domain: 'domain',
    kind: 'kind',
    checkId: 'check',
    failingOnly: 'failing',
    exemptedOnly: 'exempted',
    passingOnly: 'passing',
  },
  readFilters: flagsOf,
  paging: {
    sortKeys: RESULT_SORT_KEYS,
    defaultLimit: DEFAULT_RESULTS_LIMIT,
    maxLimit: MAX_RESULTS_LIMIT,
  },
});

/** Each field of `ResultsQuery` and its query parameter. */
export const RESULTS_QUERY_PARAMS: Record<keyof ResultsQuery, string> =
  RESULTS_LIST.params;

/** The query string of a results query (without `?`); unset fields and `false` flags are left out. */
export function resultsQueryString(query: ResultsQuery): string {
  return RESULTS_LIST.queryString(query);
}

/** Reads the filter from request parameters (`req.query`): `q`, `owner`, `system`, `domain`, `kind`, `check`, `failing`, `exempted`, `passing`. */
export function parseResultFilter(
  params: Record<string, unknown>,
): ParsedResultsParams<ResultFilter> {
  return RESULTS_LIST.parseFilters(params);
}

/**
 * Reads a page of results from request parameters: the filter's, and `offset`, `limit`
 * (default `DEFAULT_RESULTS_LIMIT`, at most `MAX_RESULTS_LIMIT`), `sort`, `order`.
 */
export function parseResultsQuery(
  params: Record<string, unknown>,
): ParsedResultsParams<ResultsQuery & { offset: number; limit: number }> {
  return RESULTS_LIST.parse(params);
}
