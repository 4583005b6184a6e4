export {
  appliesTo,
  describeFilters,
  matchesFilter,
  readsFromTypes,
} from './appliesTo';
export { BUILT_IN_CHECKS } from './builtInChecks';
export { READINESS_RULES } from './readinessRules';
export type { ReadinessRule } from './readinessRules';
export { CATALOG_ONLY_ESCALATION_NOTE } from './escalationPolicyCheck';
export { assessMonitors } from './monitorsCheck';
export type { ExpectationGap, MonitorAssessment } from './monitorsCheck';
export { resolveOwner } from './resolveOwner';
export type { OwnerResolution } from './resolveOwner';
export { problemWithPagerDutyId, resolveEscalation } from './resolveEscalation';
export type { EscalationTarget } from './resolveEscalation';
export type { CheckContext, CheckOutcome, ReadinessCheck } from './types';
export {
  EVIDENCE_CHECK_IDS,
  EVIDENCE_CHECKS,
  failoverDrillCheck,
  loadTestCheck,
} from './evidenceChecks';
export {
  DEFAULT_EVIDENCE_WINDOW_DAYS,
  evidenceCheck,
  type EvidenceKind,
} from './evidenceCheck';
