import type { AppliedExemption } from '../exemptions/types';

/**
 * Which entities a campaign asks: every field given must match (AND), any value within a
 * field (OR). Refs are entity refs (`group:default/payments`); values compare without case.
 */
export type CampaignScope = {
  /** `spec.system`, or the System itself. */
  systems?: string[];
  /** The domain of the entity's system, or of the System itself. */
  domains?: string[];
  /** `spec.owner` is one of these groups or one of their sub-groups, at any depth. */
  owners?: string[];
  /** `spec.lifecycle`. */
  lifecycles?: string[];
  /** The entity has at least one of these tags. */
  tags?: string[];
  /** Entity kinds; Component unless given. */
  kinds?: string[];
};

/** What a caller sends to create or edit a campaign. */
export type CampaignInput = {
  name: string;
  description: string;
  /** First day of the campaign (YYYY-MM-DD, UTC). */
  startDate: string;
  /** Last day of the campaign (YYYY-MM-DD, UTC). */
  deadline: string;
  scope: CampaignScope;
  /** Check ids every entity in scope must pass (any readiness check, evidence checks included). */
  requiredChecks: string[];
  /** `runbook-reviewed` also needs a recorded review within this many days. */
  runbookReviewedWithinDays?: number;
};

/** A stored campaign. */
export type Campaign = CampaignInput & {
  id: string;
  createdBy?: string;
  createdAt: string;
  updatedAt: string;
};

/**
 * One required check on one entity in a campaign: `not-applicable` when the check does not
 * apply to the entity (it owes nothing there), `pending` when the entity has not been
 * evaluated yet, `error` when the check could not be completed.
 */
export type CampaignCheckStatus =
  | 'pass'
  | 'fail'
  | 'error'
  | 'exempt'
  | 'pending'
  | 'not-applicable';

export type CampaignCheckOutcome = {
  checkId: string;
  title: string;
  status: CampaignCheckStatus;
  reason: string;
  fix?: string;
  fixUrl?: string;
  /** Set when `status` is `exempt`: the approved exemption that lets the check off. */
  exemption?: AppliedExemption;
};

/** An entity in a campaign: done when every required check that applies passes. */
export type CampaignEntityProgress = {
  entityRef: string;
  title?: string;
  owner?: string;
  system?: string;
  status: 'done' | 'owes' | 'unknown';
  checks: CampaignCheckOutcome[];
  /** Required checks it passes only by an approved exemption; absent means 0. */
  exempted?: number;
};

/** How many entities are done, and how each required check stands. */
export type CampaignTotals = {
  entities: number;
  done: number;
  owing: number;
  unknown: number;
  /** Share of entities done, 0–100; 100 for a campaign with no entity. */
  percentDone: number;
  /** Entities done only thanks to at least one approved exemption (counted in `done` too). */
  doneWithExemption?: number;
  /** Check id → entities passing and failing it. */
  byCheck: Record<string, { passing: number; failing: number }>;
};

/** The campaign's progress for one owning group, its sub-groups' entities included. */
export type CampaignRollupRow = {
  /** The owner ref; `null` for entities without an owner. */
  owner: string | null;
  /** Its parent group in the hierarchy, when that parent is in the rollup too. */
  parent?: string;
  /** Depth in the rollup tree, 0 for a top row. */
  depth: number;
  /** Entities owned by the group itself. */
  ownEntities: number;
  entities: number;
  done: number;
  /** Of `done`, entities done only thanks to an approved exemption; absent means 0. */
  doneWithExemption?: number;
  owing: number;
  percentDone: number;
};

/** The campaign's totals on one UTC day, for the burn-up. */
export type CampaignHistoryPoint = {
  day: string;
  entities: number;
  done: number;
};

/** What `/campaigns/:id/progress` answers. */
export type CampaignProgress = {
  campaign: Campaign;
  /** `upcoming` before the start date, `active` until the deadline, then `ended`. */
  phase: 'upcoming' | 'active' | 'ended';
  totals: CampaignTotals;
  rollup: CampaignRollupRow[];
  entities: CampaignEntityProgress[];
  history: CampaignHistoryPoint[];
  evaluatedAt: string;
};

/** A campaign and what one entity still owes in it (`/entities/:kind/:namespace/:name/campaigns`). */
export type EntityCampaign = {
  campaign: Campaign;
  phase: CampaignProgress['phase'];
  progress: CampaignEntityProgress;
};
