import type { EntityReadiness } from '../types';

/**
 * Response of `GET /api/readiness/results`: one page of the results the filter matches
 * among the entities the caller may read, with how many there are and how they stand.
 */
export type ReadinessResultsPage = {
  /** The page's results, at most `limit`, from `offset`. */
  items: EntityReadiness[];
  offset: number;
  limit: number;
  /** Results the filter matches (readable entities only). */
  totalCount: number;
  /** Of those: how many pass, how many have a check let off, their average score (rounded). */
  totals: { passing: number; exempted: number; averageScore: number };
};
