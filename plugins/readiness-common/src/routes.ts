import {
  csvExportRoute,
  entityRoute,
} from '@stagecraft/catalog-conventions-common';

const results = '/results';

/**
 * Routes of the readiness backend under its base URL (`/api/readiness`): the
 * backend registers these patterns and `ReadinessClient` calls these paths.
 */
export const READINESS_ROUTES = {
  /** `GET`: the configured checks. */
  checks: '/checks',
  /** `GET`: the latest result of every readable entity, filtered. */
  results,
  /** `GET`: the same results as CSV. */
  resultsCsv: csvExportRoute(results),
  /** `GET`: results grouped by owner, system, domain or kind. */
  summary: '/summary',
  /** `GET`: daily history. */
  trend: '/trend',
  /** `GET`: runs of the whole-catalog evaluation. */
  runs: '/runs',
  /** `POST`: evaluate the whole catalog now. */
  evaluate: '/evaluate',
  /** `GET`: one entity's latest result. */
  entityReadiness: entityRoute('readiness'),
  /** `POST`: evaluate one entity now. */
  entityEvaluate: entityRoute('evaluate'),
} as const;
