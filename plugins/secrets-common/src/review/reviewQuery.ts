import {
  DEFAULT_PAGE_LIMIT,
  MAX_PAGE_LIMIT,
  oneOfParameter,
  pagedListQuery,
  type PagingQuery,
} from '@stagecraft/catalog-conventions-common';
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
export type SecretsReviewQuery = ReviewFilters & PagingQuery<ReviewSortKey>;

/** Rows a review page holds when `limit` is not given. */
export const DEFAULT_REVIEW_LIMIT = DEFAULT_PAGE_LIMIT;
/** The largest `limit` a review page may ask for. */
export const MAX_REVIEW_LIMIT = MAX_PAGE_LIMIT;

const REVIEW_LIST = pagedListQuery({
  filterParams: {
    store: 'store',
    owner: 'owner',
    system: 'system',
    status: 'status',
  },
  readFilters: text => {
    const status = oneOfParameter(
      REVIEW_STATUS_FILTERS,
      'status',
      text.get('status'),
    );
    return 'error' in status ? status : { query: { status: status.query } };
  },
  paging: {
    sortKeys: REVIEW_SORT_KEYS,
    defaultLimit: DEFAULT_REVIEW_LIMIT,
    maxLimit: MAX_REVIEW_LIMIT,
    // The review's error has read so since its API was published.
    expectedOrder: 'asc or desc',
  },
});

/** Each field of `SecretsReviewQuery` and its query parameter. */
export const REVIEW_QUERY_PARAMS: Record<keyof SecretsReviewQuery, string> =
  REVIEW_LIST.params;

/** The query string of a review query (without `?`); unset fields are left out. */
export function reviewQueryString(query: SecretsReviewQuery): string {
  return REVIEW_LIST.queryString(query);
}

/** A parsed query, or what is wrong with it (naming the parameter). */
export type ParsedReviewQuery =
  | {
      query: Required<Pick<SecretsReviewQuery, 'offset' | 'limit'>> &
        SecretsReviewQuery;
    }
  | { error: string };

/**
 * Reads a review query from request parameters (`req.query`): `q`, `store`,
 * `owner`, `system`, `status`, `offset`, `limit`, `sort`, `order`.
 */
export function parseReviewQuery(
  params: Record<string, unknown>,
): ParsedReviewQuery {
  return REVIEW_LIST.parse(params);
}
