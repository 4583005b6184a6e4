import { NO_STORE_KEY } from '../reviewSummary';

/** Value of the store, owner and system filters for "not set". */
export const REVIEW_FILTER_NONE = NO_STORE_KEY;

/** The problems the review can be narrowed to (`status`). */
export const REVIEW_STATUS_FILTERS = [
  'non-compliant',
  'compliant',
  'warnings',
  'orphaned',
  'no-remediation-docs',
] as const;

export type ReviewStatusFilter = (typeof REVIEW_STATUS_FILTERS)[number];

export const REVIEW_STATUS_FILTER_LABELS: Record<ReviewStatusFilter, string> = {
  'non-compliant': 'Non-compliant',
  compliant: 'Compliant',
  warnings: 'With warnings',
  orphaned: 'Orphaned',
  'no-remediation-docs': 'No remediation docs',
};

/** The columns the review can be sorted by. */
export const REVIEW_SORT_KEYS = [
  'ref',
  'name',
  'store',
  'owner',
  'system',
  'dependents',
  'remediation',
  'compliance',
] as const;

export type ReviewSortKey = (typeof REVIEW_SORT_KEYS)[number];

/** The review's filters; an unset field does not filter. */
export type ReviewFilters = {
  /** Free text; every word must appear somewhere in the row. */
  search?: string;
  /** Store entity ref, or `none`. */
  store?: string;
  /** Owner entity ref, or `none`. */
  owner?: string;
  /** System entity ref, or `none`. */
  system?: string;
  status?: ReviewStatusFilter;
};

/** One page of the review: which rows, in which order, filtered how. */
export type SecretsReviewQuery = ReviewFilters & {
  offset?: number;
  limit?: number;
  sort?: ReviewSortKey;
  order?: 'asc' | 'desc';
};

export const DEFAULT_REVIEW_LIMIT = 25;
export const MAX_REVIEW_LIMIT = 500;

/** Each field of `SecretsReviewQuery` and its query parameter. */
export const REVIEW_QUERY_PARAMS: Record<keyof SecretsReviewQuery, string> = {
  search: 'q',
  store: 'store',
  owner: 'owner',
  system: 'system',
  status: 'status',
  offset: 'offset',
  limit: 'limit',
  sort: 'sort',
  order: 'order',
};

/** The query string of a review query (without `?`); unset fields are left out. */
export function reviewQueryString(query: SecretsReviewQuery): string {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(REVIEW_QUERY_PARAMS)) {
    const value = query[key as keyof SecretsReviewQuery];
    if (value !== undefined && value !== '') {
      params.set(name, String(value));
    }
  }
  return params.toString();
}

const isOneOf = <T extends string>(
  values: readonly T[],
  value: unknown,
): value is T => values.includes(value as T);

/** A parsed query, or what is wrong with it (naming the parameter). */
export type ParsedReviewQuery =
  | {
      query: Required<Pick<SecretsReviewQuery, 'offset' | 'limit'>> &
        SecretsReviewQuery;
    }
  | { error: string };

function wholeNumber(
  raw: unknown,
  name: string,
  least: number,
  most: number,
): number | string {
  const text = String(raw);
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < least || value > most) {
    return `Invalid query parameter ${name}: expected a whole number from ${least} to ${most}`;
  }
  return value;
}

/** The parameter's value when unset or one of `allowed`, else what is wrong with it. */
function oneOf<T extends string>(
  allowed: readonly T[],
  name: string,
  value: string | undefined,
): { value?: T } | { error: string } {
  if (value === undefined || isOneOf(allowed, value)) {
    return { value };
  }
  return {
    error: `Invalid query parameter ${name}: expected one of ${allowed.join(
      ', ',
    )}`,
  };
}

/**
 * Reads a review query from request parameters (`req.query`): `q`, `store`,
 * `owner`, `system`, `status`, `offset`, `limit`, `sort`, `order`.
 */
export function parseReviewQuery(
  params: Record<string, unknown>,
): ParsedReviewQuery {
  const text = (name: string) => {
    const value = params[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  for (const name of Object.values(REVIEW_QUERY_PARAMS)) {
    if (params[name] !== undefined && typeof params[name] !== 'string') {
      return { error: `Invalid query parameter ${name}: expected one value` };
    }
  }
  const offset = text('offset')
    ? wholeNumber(text('offset'), 'offset', 0, Number.MAX_SAFE_INTEGER)
    : 0;
  const limit = text('limit')
    ? wholeNumber(text('limit'), 'limit', 1, MAX_REVIEW_LIMIT)
    : DEFAULT_REVIEW_LIMIT;
  if (typeof offset === 'string') return { error: offset };
  if (typeof limit === 'string') return { error: limit };
  const status = oneOf(REVIEW_STATUS_FILTERS, 'status', text('status'));
  if ('error' in status) return status;
  const sort = oneOf(REVIEW_SORT_KEYS, 'sort', text('sort'));
  if ('error' in sort) return sort;
  const order = text('order');
  if (order !== undefined && !isOneOf(['asc', 'desc'] as const, order)) {
    return { error: 'Invalid query parameter order: expected asc or desc' };
  }
  return {
    query: {
      search: text('q'),
      store: text('store'),
      owner: text('owner'),
      system: text('system'),
      status: status.value,
      offset,
      limit,
      sort: sort.value,
      order,
    },
  };
}
