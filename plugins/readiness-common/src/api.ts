/** Types of the readiness backend's HTTP API, shared by the backend and the pages. */

/** Narrows current results; every field set must match. */
export type ResultFilter = {
  /** Free text; every word must appear in the entity ref (case-insensitive). */
  search?: string;
  owner?: string;
  system?: string;
  domain?: string;
  kind?: string;
  /** Only entities with a check that did not pass. */
  failingOnly?: boolean;
  /** Only entities with a check let off by an approved exemption in force. */
  exemptedOnly?: boolean;
  /** Only entities that pass every check (an approved exemption in force lets one off). */
  passingOnly?: boolean;
  /** Only entities where this check did not pass. */
  checkId?: string;
};

export const SUMMARY_GROUPS = ['owner', 'system', 'domain'] as const;
export type SummaryGroupBy = (typeof SUMMARY_GROUPS)[number];

/** Readiness of the entities of one owner, system or domain. */
export type SummaryRow = {
  /** The owner, system or domain ref; null for entities without one. */
  key: string | null;
  entities: number;
  passing: number;
  /** Entities whose status is not pass (fail, warn or error). */
  failing: number;
  /** Entities with at least one check let off by an approved exemption; absent means 0. */
  exempted?: number;
  averageScore: number;
  /** Check id → number of entities where it did not pass. */
  failingChecks: Record<string, number>;
};

/** Narrows the history of `/trend`: the results' filter over the last `days` days (today included). */
export type TrendFilter = Omit<
  ResultFilter,
  'failingOnly' | 'exemptedOnly' | 'passingOnly'
> & {
  days: number;
};

/** Readiness on one UTC day, from the stored history. */
export type TrendPoint = {
  day: string;
  entities: number;
  passing: number;
  averageScore: number;
};

/** One evaluation of the whole catalog. */
export type RunRecord = {
  id: number;
  startedAt: string;
  finishedAt?: string;
  entities?: number;
  errors?: number;
  failure?: string;
};
