/**
 * Exemptions (issue 17 §4): an owner asks to be let off one readiness check on one entity,
 * with a reason and an expiry; a permitted approver approves or denies it. While approved
 * and not expired, the check counts as passing-with-exemption (`CheckStatus` `exempt`)
 * everywhere: the score, the summaries, campaigns and CSV exports.
 */

/**
 * Where an exemption stands. `expired` is also what an approved exemption whose `expiresAt`
 * has passed reads as, before the scheduled sweep has recorded it (see `effectiveState`).
 */
export type ExemptionState =
  | 'requested'
  | 'approved'
  | 'denied'
  | 'withdrawn'
  | 'expired';

/** Every exemption state, in the order an exemption may pass through them. */
export const EXEMPTION_STATES: readonly ExemptionState[] = [
  'requested',
  'approved',
  'denied',
  'withdrawn',
  'expired',
];

/** What an owner sends to request an exemption (`POST /exemptions`). */
export type ExemptionRequestInput = {
  /** The entity, as an entity ref (`component:default/orders-api`). */
  entityRef: string;
  /** A configured readiness check id (`load-test`, `capacity`, ...). */
  checkId: string;
  /** Why the check cannot pass in time; shown to approvers and kept in the audit trail. */
  reason: string;
  /** ISO 8601 time the exemption lapses; in the future, within the configured maximum. */
  expiresAt: string;
};

/** What an approver sends with a decision (`POST /exemptions/:id/approve` or `/deny`). */
export type ExemptionDecisionInput = {
  comment?: string;
};

/** One step of an exemption's audit trail, kept in the database, never rewritten. */
export type ExemptionEventAction =
  | 'requested'
  | 'approved'
  | 'denied'
  | 'withdrawn'
  | 'reminded'
  | 'expired';

/** One step of an exemption's audit trail (`GET /exemptions/:id` lists them in order). */
export type ExemptionEvent = {
  action: ExemptionEventAction;
  /** ISO 8601 time of the step. */
  at: string;
  /** The user entity ref who took the step; absent for the scheduler's (`reminded`, `expired`). */
  actor?: string;
  comment?: string;
};

/** A stored exemption. */
export type Exemption = {
  id: string;
  entityRef: string;
  checkId: string;
  reason: string;
  expiresAt: string;
  /** The effective state at the time of the answer (see `effectiveState`). */
  state: ExemptionState;
  requestedBy: string;
  requestedAt: string;
  decidedBy?: string;
  decidedAt?: string;
  decisionComment?: string;
};

/** One exemption with its audit trail (`GET /exemptions/:id`). */
export type ExemptionWithHistory = Exemption & { events: ExemptionEvent[] };

/** Narrows `GET /exemptions`; every field set must match. */
export type ExemptionFilter = {
  state?: ExemptionState;
  entityRef?: string;
  checkId?: string;
};

/**
 * What a check result carries when an approved exemption turned its failure into `exempt`:
 * enough to show who let it off, why and until when, without another request.
 */
export type AppliedExemption = {
  id: string;
  reason: string;
  expiresAt: string;
  approvedBy?: string;
  /** The status the check had before the exemption (`fail` or `error`). */
  originalStatus: 'fail' | 'error';
};
