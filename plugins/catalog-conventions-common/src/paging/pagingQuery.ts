/** A value read from request parameters, or what is wrong with them (naming the parameter). */
export type ParsedParameter<T> = { query: T } | { error: string };

/** The orders a list can be sorted in. */
export const SORT_ORDERS = ['asc', 'desc'] as const;
/** `asc` or `desc`. */
export type SortOrder = (typeof SORT_ORDERS)[number];

/** The parameter of the free-text search. */
export const SEARCH_PARAMETER = 'q';

/** Rows a page holds when `limit` is not given. */
export const DEFAULT_PAGE_LIMIT = 25;
/** The largest `limit` a page may ask for. */
export const MAX_PAGE_LIMIT = 500;

/** Each paging field and its query parameter; a list's own parameters come before them. */
export const PAGING_PARAMS = {
  offset: 'offset',
  limit: 'limit',
  sort: 'sort',
  order: 'order',
} as const;

/** Each field of a server-paged list and its query parameter: `search` (`q`), the list's filters, then paging. */
export type PagedListParams<F extends Record<string, string>> = {
  search: typeof SEARCH_PARAMETER;
} & F &
  typeof PAGING_PARAMS;

/**
 * The query parameters of a server-paged list, by field: `search` (`q`), then the list's own
 * `filters`, then paging. Query strings built from them keep that order.
 */
export function pagedListParams<F extends Record<string, string>>(
  filters: F,
): PagedListParams<F> {
  return { search: SEARCH_PARAMETER, ...filters, ...PAGING_PARAMS };
}

/** Which rows of a server-paged list, in which order. */
export type PagingQuery<TSort extends string> = {
  offset?: number;
  limit?: number;
  sort?: TSort;
  order?: SortOrder;
};

/** A paging query as read: `offset` and `limit` always set. */
export type ParsedPaging<TSort extends string> = PagingQuery<TSort> & {
  offset: number;
  limit: number;
};

/** What a list accepts as paging. */
export type PagingRules<TSort extends string> = {
  sortKeys: readonly TSort[];
  /** Rows a page holds when `limit` is not given. */
  defaultLimit: number;
  /** The largest `limit` a page may ask for. */
  maxLimit: number;
  /** What the error for a bad `order` says was expected; `one of asc, desc` unless given. */
  expectedOrder?: string;
};

/** The error for a bad parameter: `Invalid query parameter <name>: expected <expected>`. */
export function invalidParameter(
  name: string,
  expected: string,
): { error: string } {
  return { error: `Invalid query parameter ${name}: expected ${expected}` };
}

/**
 * The text of each of `names` that is set in `params` (`req.query`), an empty text
 * counting as unset; an error when one is given more than once.
 */
export function readParameterTexts(
  params: Record<string, unknown>,
  names: Iterable<string>,
): ParsedParameter<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const name of names) {
    const value = params[name];
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string') return invalidParameter(name, 'one value');
    texts.set(name, value);
  }
  return { query: texts };
}

/** A whole number from `least` to `most`, or `unset` when the text is absent. */
export function wholeNumberParameter(
  text: string | undefined,
  name: string,
  range: { least: number; most: number; unset: number },
): ParsedParameter<number> {
  if (text === undefined) return { query: range.unset };
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < range.least || value > range.most) {
    return invalidParameter(
      name,
      `a whole number from ${range.least} to ${range.most}`,
    );
  }
  return { query: value };
}

/** The text when it is absent or one of `allowed`. */
export function oneOfParameter<T extends string>(
  allowed: readonly T[],
  name: string,
  text: string | undefined,
): ParsedParameter<T | undefined> {
  if (text === undefined || allowed.includes(text as T)) {
    return { query: text as T | undefined };
  }
  return invalidParameter(name, `one of ${allowed.join(', ')}`);
}

/** Reads `offset`, `limit`, `sort` and `order` from the texts of `readParameterTexts`. */
export function parsePaging<TSort extends string>(
  texts: Map<string, string>,
  rules: PagingRules<TSort>,
): ParsedParameter<ParsedPaging<TSort>> {
  const offset = wholeNumberParameter(texts.get('offset'), 'offset', {
    least: 0,
    most: Number.MAX_SAFE_INTEGER,
    unset: 0,
  });
  if ('error' in offset) return offset;
  const limit = wholeNumberParameter(texts.get('limit'), 'limit', {
    least: 1,
    most: rules.maxLimit,
    unset: rules.defaultLimit,
  });
  if ('error' in limit) return limit;
  const sort = oneOfParameter(rules.sortKeys, 'sort', texts.get('sort'));
  if ('error' in sort) return sort;
  const order = oneOfParameter(SORT_ORDERS, 'order', texts.get('order'));
  if ('error' in order) {
    return rules.expectedOrder
      ? invalidParameter('order', rules.expectedOrder)
      : order;
  }
  return {
    query: {
      offset: offset.query,
      limit: limit.query,
      sort: sort.query,
      order: order.query,
    },
  };
}

/**
 * The query string (without `?`) of `query`, each field under its parameter in
 * `parameters`; unset fields, empty texts and `false` are left out.
 */
export function pagingQueryString<T extends object>(
  query: T,
  parameters: Record<keyof T, string>,
): string {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(parameters) as [keyof T, string][]) {
    const value = query[key];
    if (value !== undefined && value !== '' && value !== false) {
      params.set(name, String(value));
    }
  }
  return params.toString();
}
