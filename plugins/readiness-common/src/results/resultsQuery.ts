import {
  DEFAULT_PAGE_LIMIT,
  MAX_PAGE_LIMIT,
  oneOfParameter,
  pagedListParams,
  pagingQueryString,
  parsePaging,
  readParameterTexts,
  SEARCH_PARAMETER,
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

/** Each field of `ResultsQuery` and its query parameter. */
export const RESULTS_QUERY_PARAMS: Record<keyof ResultsQuery, string> =
  pagedListParams({
    owner: 'owner',
    system: 'system',
    domain: 'domain',
    kind: 'kind',
    checkId: 'check',
    failingOnly: 'failing',
    exemptedOnly: 'exempted',
    passingOnly: 'passing',
  });

/** The query string of a results query (without `?`); unset fields and `false` flags are left out. */
export function resultsQueryString(query: ResultsQuery): string {
  return pagingQueryString(query, RESULTS_QUERY_PARAMS);
}

/** A parsed query, or what is wrong with it (naming the parameter). */
export type ParsedResultsParams<T> = ParsedParameter<T>;

const textsOf = (params: Record<string, unknown>) =>
  readParameterTexts(params, Object.values(RESULTS_QUERY_PARAMS));

const flagOf = (text: Map<string, string>, name: string) =>
  oneOfParameter(['true', 'false'], name, text.get(name));

function filterOf(
  text: Map<string, string>,
): ParsedResultsParams<ResultFilter> {
  const failing = flagOf(text, 'failing');
  if ('error' in failing) return failing;
  const exempted = flagOf(text, 'exempted');
  if ('error' in exempted) return exempted;
  const passing = flagOf(text, 'passing');
  if ('error' in passing) return passing;
  return {
    query: {
      search: text.get(SEARCH_PARAMETER),
      owner: text.get('owner'),
      system: text.get('system'),
      domain: text.get('domain'),
      kind: text.get('kind'),
      checkId: text.get('check'),
      failingOnly: failing.query === 'true',
      exemptedOnly: exempted.query === 'true',
      passingOnly: passing.query === 'true',
    },
  };
}

/** Reads the filter from request parameters (`req.query`): `q`, `owner`, `system`, `domain`, `kind`, `check`, `failing`, `exempted`, `passing`. */
export function parseResultFilter(
  params: Record<string, unknown>,
): ParsedResultsParams<ResultFilter> {
  const texts = textsOf(params);
  return 'error' in texts ? texts : filterOf(texts.query);
}

/**
 * Reads a page of results from request parameters: the filter's, and `offset`, `limit`
 * (default `DEFAULT_RESULTS_LIMIT`, at most `MAX_RESULTS_LIMIT`), `sort`, `order`.
 */
export function parseResultsQuery(
  params: Record<string, unknown>,
): ParsedResultsParams<ResultsQuery & { offset: number; limit: number }> {
  const texts = textsOf(params);
  if ('error' in texts) return texts;
  const filter = filterOf(texts.query);
  if ('error' in filter) return filter;
  const paging = parsePaging(texts.query, {
    sortKeys: RESULT_SORT_KEYS,
    defaultLimit: DEFAULT_RESULTS_LIMIT,
    maxLimit: MAX_RESULTS_LIMIT,
  });
  if ('error' in paging) return paging;
  return { query: { ...filter.query, ...paging.query } };
}
