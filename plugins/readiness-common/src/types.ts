import type { AppliedExemption } from './exemptions/types';

/** Identifiers of the built-in readiness checks. */
export type BuiltInCheckId =
  | 'owner'
  | 'oncall-contact'
  | 'runbook'
  | 'runbook-reviewed'
  | 'escalation-policy'
  | 'monitors'
  | 'load-test'
  | 'failover-drill'
  | 'capacity'
  | 'production-complete';

/** The built-in check ids, in the order results are reported. */
export const BUILT_IN_CHECK_IDS: readonly BuiltInCheckId[] = [
  'owner',
  'oncall-contact',
  'runbook',
  'runbook-reviewed',
  'escalation-policy',
  'monitors',
  'load-test',
  'failover-drill',
  'capacity',
  'production-complete',
];

/** How a failing check counts. `off` disables the check. */
export type CheckSeverity = 'error' | 'warning' | 'off';

export const CHECK_SEVERITIES: readonly CheckSeverity[] = [
  'error',
  'warning',
  'off',
];

/**
 * Which entities a check applies to. Every listed field must match (AND);
 * within a field any listed value matches (OR). Comparisons ignore case.
 */
export type AppliesToFilter = {
  kind?: string[];
  /** `spec.type` */
  type?: string[];
  /** `spec.lifecycle` */
  lifecycle?: string[];
  /** The entity has at least one of these tags. */
  tags?: string[];
  /** The entity has none of these tags. */
  excludeTags?: string[];
  /**
   * At least one entity named in `stagecraft.io/reads-from` has one of these
   * `spec.type`s (used by monitor expectations, e.g. a Lambda reading a stream).
   */
  readsFromType?: string[];
  /** The entity carries at least one of these annotations (non-empty). */
  annotations?: string[];
};

/** What a check configured only in app-config requires of an entity. */
export type CheckRequirements = {
  /** Annotations that must be present and non-empty. */
  annotations?: string[];
  /** `metadata.links[].type` values that must each appear at least once. */
  linkTypes?: string[];
};

/** A check as configured: the built-in defaults merged with app-config. */
export type CheckDefinition = {
  id: string;
  title: string;
  description: string;
  /** The check applies when any filter matches. */
  appliesTo: AppliesToFilter[];
  severity: CheckSeverity;
  /** Where to read how to fix a failure. */
  fixUrl?: string;
  /** Only for checks defined in app-config rather than built in. */
  require?: CheckRequirements;
};

/** How an alarm's purpose is recognised from its name. */
export type AlarmPurposeDefinition = {
  /**
   * Word sequences, hyphen-separated (`iterator-age`), that mark the purpose
   * when they appear as whole words in the alarm name.
   */
  matches: string[];
  /** Word sequences that rule the purpose out even when a match is found. */
  excludes?: string[];
};

/**
 * A monitor expectation: entities matching `appliesTo` must have, for every
 * entry of `requires`, an alarm of that purpose (an array entry means any one
 * of those purposes).
 */
export type MonitorExpectation = {
  id: string;
  title: string;
  appliesTo: AppliesToFilter[];
  requires: Array<string | string[]>;
};

/** The rules and options of every check, as read from app-config. */
export type ReadinessRulesConfig = {
  checks: CheckDefinition[];
  alarmPurposes: Record<string, AlarmPurposeDefinition>;
  monitorExpectations: MonitorExpectation[];
  /** Check ids that `production-complete` requires. */
  productionCompleteRequires: string[];
  /** `runbook-reviewed` fails for a runbook not reviewed in this many days; default 180. */
  runbookReviewMaxAgeDays: number;
  /** `app.baseUrl`: links under it are pages of this portal (see `problemWithDocsLink`). */
  portalBaseUrl?: string;
};

/**
 * The result of one check: `error` means the check could not be completed
 * (for example an API timed out), which is neither a pass nor a fail. `exempt` is a
 * failure (or error) an approved, unexpired exemption lets off: it counts as passing, and
 * every page and export shows it apart from a pass.
 */
export type CheckStatus = 'pass' | 'fail' | 'error' | 'exempt';

/** What a check result was established from. */
export type VerificationSource =
  | 'catalog'
  | 'pagerduty'
  | 'cloudwatch'
  | 'http'
  | 'pipelines';

export type CheckResult = {
  checkId: string;
  title: string;
  severity: 'error' | 'warning';
  status: CheckStatus;
  /** Why the check passed or failed, naming fields and values (never secrets). */
  reason: string;
  /** One sentence on how to fix it; absent when the check passed. */
  fix?: string;
  fixUrl?: string;
  /** Caveats, e.g. that a result comes from catalog YAML only. */
  notes?: string[];
  verifiedWith: VerificationSource[];
  /** Facts for display, e.g. `pagerdutyServiceUrl`. */
  details?: Record<string, string | number>;
  /** Set when `status` is `exempt`: the approved exemption that lets the check off. */
  exemption?: AppliedExemption;
};

/**
 * The readiness of one entity: `fail` when a check of severity `error` failed,
 * `error` when a check or the evaluation itself could not complete, `warn`
 * when only warnings failed, otherwise `pass`.
 */
export type ReadinessStatus = 'pass' | 'warn' | 'fail' | 'error';

export type EntityReadiness = {
  entityRef: string;
  kind: string;
  type?: string;
  lifecycle?: string;
  title?: string;
  /** Owner entity ref as written in `spec.owner`, normalised. */
  owner?: string;
  system?: string;
  domain?: string;
  /** Share of the applicable checks (roll-ups excluded) that passed, 0–100. */
  score: number;
  status: ReadinessStatus;
  checks: CheckResult[];
  /** ISO 8601 time of evaluation. */
  evaluatedAt: string;
  /** Set when the entity could not be evaluated at all. */
  error?: string;
  /** How many of `checks` pass only by an approved exemption (`exempt`); absent means 0. */
  exempted?: number;
};
