import {
  csvExportRoute,
  entityRoute,
} from '@stagecraft/catalog-conventions-common';

const review = '/secrets';
const drift = '/drift';

/**
 * Routes of the secrets backend under its base URL (`/api/secrets`): the backend
 * registers these patterns and `SecretsClient` calls these paths.
 */
export const SECRETS_ROUTES = {
  /** `GET`: the company-wide review, `SecretsReviewResponse`. */
  review,
  /** `GET`: the review's rows as CSV (`secretsToCsv`). */
  reviewCsv: csvExportRoute(review),
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
