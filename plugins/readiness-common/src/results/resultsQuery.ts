import type { ResultFilter } from '../api';
import { RESULT_COLUMNS } from './resultColumns';

/** What the results can be sorted by: the entity or one of its columns. */
export const RESULT_SORT_KEYS = ['entityRef', ...RESULT_COLUMNS] as const;

export type ResultSortKey = (typeof RESULT_SORT_KEYS)[number];

/** One page of the results: which rows, in which order, filtered how. */
export type ResultsQuery = ResultFilter & {
  offset?: number;
  limit?: number;
  /** Unset: worst score first. */
  sort?: ResultSortKey;
  order?: 'asc' | 'desc';
};

/** Results a page holds when `limit` is not given. */
export const DEFAULT_RESULTS_LIMIT = 25;
/** The largest `limit` a page may ask for. */
export const MAX_RESULTS_LIMIT = 500;

/** Each field of `ResultsQuery` and its query parameter. */
export const RESULTS_QUERY_PARAMS: Record<keyof ResultsQuery, string> = {
  owner: 'owner',
  system: 'system',
  domain: 'domain',
  kind: 'kind',
  checkId: 'check',
  failingOnly: 'failing',
  offset: 'offset',
  limit: 'limit',
  sort: 'sort',
  order: 'order',
};

/** The query string of a results query (without `?`); unset fields and `failing=false` are left out. */
export function resultsQueryString(query: ResultsQuery): string {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(RESULTS_QUERY_PARAMS)) {
    const value = query[key as keyof ResultsQuery];
    if (value !== undefined && value !== '' && value !== false) {
      params.set(name, String(value));
    }
  }
  return params.toString();
}

/** A parsed query, or what is wrong with it (naming the parameter). */
export type ParsedResultsParams<T> = { query: T } | { error: string };

const invalid = (name: string, expected: string) => ({
  error: `Invalid query parameter ${name}: expected ${expected}`,
});

/** The text of each parameter that is set; an error when one is given twice. */
function textOf(
  params: Record<string, unknown>,
): ParsedResultsParams<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const name of Object.values(RESULTS_QUERY_PARAMS)) {
    const value = params[name];
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string') return invalid(name, 'one value');
    texts.set(name, value);
  }
  return { query: texts };
}

function wholeNumber(
  text: string | undefined,
  name: string,
  range: { least: number; most: number; unset: number },
): ParsedResultsParams<number> {
  if (text === undefined) return { query: range.unset };
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < range.least || value > range.most) {
    return invalid(name, `a whole number from ${range.least} to ${range.most}`);
  }
  return { query: value };
}

function oneOf<T extends string>(
  allowed: readonly T[],
  name: string,
  text: string | undefined,
): ParsedResultsParams<T | undefined> {
  if (text === undefined || allowed.includes(text as T)) {
    return { query: text as T | undefined };
  }
  return invalid(name, `one of ${allowed.join(', ')}`);
}

function filterOf(
  text: Map<string, string>,
): ParsedResultsParams<ResultFilter> {
  const failing = oneOf(['true', 'false'], 'failing', text.get('failing'));
  if ('error' in failing) return failing;
  return {
    query: {
      owner: text.get('owner'),
      system: text.get('system'),
      domain: text.get('domain'),
      kind: text.get('kind'),
      checkId: text.get('check'),
      failingOnly: failing.query === 'true',
    },
  };
}

/** Reads the filter from request parameters (`req.query`): `owner`, `system`, `domain`, `kind`, `check`, `failing`. */
export function parseResultFilter(
  params: Record<string, unknown>,
): ParsedResultsParams<ResultFilter> {
  const texts = textOf(params);
  return 'error' in texts ? texts : filterOf(texts.query);
}

/**
 * Reads a page of results from request parameters: the filter's, and `offset`, `limit`
 * (default `DEFAULT_RESULTS_LIMIT`, at most `MAX_RESULTS_LIMIT`), `sort`, `order`.
 */
export function parseResultsQuery(
  params: Record<string, unknown>,
): ParsedResultsParams<ResultsQuery & { offset: number; limit: number }> {
  const texts = textOf(params);
  if ('error' in texts) return texts;
  const text = texts.query;
  const filter = filterOf(text);
  if ('error' in filter) return filter;
  const offset = wholeNumber(text.get('offset'), 'offset', {
    least: 0,
    most: Number.MAX_SAFE_INTEGER,
    unset: 0,
  });
  if ('error' in offset) return offset;
  const limit = wholeNumber(text.get('limit'), 'limit', {
    least: 1,
    most: MAX_RESULTS_LIMIT,
    unset: DEFAULT_RESULTS_LIMIT,
  });
  if ('error' in limit) return limit;
  const sort = oneOf(RESULT_SORT_KEYS, 'sort', text.get('sort'));
  if ('error' in sort) return sort;
  const order = oneOf(['asc', 'desc'] as const, 'order', text.get('order'));
  if ('error' in order) return order;
  return {
    query: {
      ...filter.query,
      offset: offset.query,
      limit: limit.query,
      sort: sort.query,
      order: order.query,
    },
  };
}
