import {
  csvExportRoute,
  entityRoute,
} from '@stagecraft/catalog-conventions-common';
import {
  reviewQueryString,
  type SecretsReviewQuery,
} from './review/reviewQuery';

const review = '/secrets';
const reviewCsv = csvExportRoute(review);
const drift = '/drift';

const withQuery = (path: string, query: SecretsReviewQuery) => {
  const search = reviewQueryString(query);
  return search ? `${path}?${search}` : path;
};

/**
 * Routes of the secrets backend under its base URL (`/api/secrets`): the backend
 * registers these patterns and `SecretsClient` calls these paths.
 */
export const SECRETS_ROUTES = {
  /** `GET`: one page of the review, `SecretsReviewPage` (query: `SecretsReviewQuery`). */
  review,
  /** The review's path with a query: `/secrets?offset=0&limit=25&sort=name&q=…`. */
  reviewPath: (query: SecretsReviewQuery) => withQuery(review, query),
  /** `GET`: every row the filters match, as CSV (`secretsToCsv`); paging is ignored. */
  reviewCsv,
  /** The CSV's path with the filters of a query. */
  reviewCsvPath: (query: SecretsReviewQuery) =>
    withQuery(reviewCsv, {
      search: query.search,
      store: query.store,
      owner: query.owner,
      system: query.system,
      status: query.status,
      sort: query.sort,
      order: query.order,
    }),
  /** `GET`: a secret's row, a store's secrets, or the secrets another entity depends on. */
  entitySecrets: entityRoute('secrets'),
  /** `GET`: every store's drift against the catalog, `SecretsDriftResponse`. */
  drift,
  /** `GET`: the drift findings as CSV (`driftToCsv`). */
  driftCsv: csvExportRoute(drift),
  /** `GET`: daily drift counts and coverage, `DriftTrendResponse` (`?days=N`, default 30). */
  driftTrend: `${drift}/trend`,
  /** `GET`: a store's reconciliation or a secret's rotation status, `EntityDriftResponse`. */
  entityDrift: entityRoute('drift'),
} as const;
