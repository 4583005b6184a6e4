/**
 * Operational readiness checks for Stagecraft: whether each production
 * service has an owner with an on-call contact, runbooks, an escalation policy
 * and monitors, judged from catalog YAML so that the backend, the pages and
 * the lint CLI agree.
 *
 * @packageDocumentation
 */

export * from './types';
export * from './api';
export * from './model';
export * from './catalog';
export * from './checks';
export {
  alarmWords,
  classifyAlarm,
  DEFAULT_ALARM_PURPOSES,
} from './alarms/alarmPurposes';
export {
  DEFAULT_CHECK_DEFINITIONS,
  DEFAULT_MONITOR_EXPECTATIONS,
  DEFAULT_PRODUCTION_COMPLETE_REQUIRES,
  DEFAULT_READINESS_RULES_CONFIG,
  PRODUCTION_SCOPE,
} from './config/defaults';
export {
  readAppliesTo,
  readReadinessRulesConfig,
  READINESS_CONFIG_ROOT,
} from './config/readReadinessRulesConfig';
export {
  evaluateChecks,
  evaluateEntityReadiness,
  evaluateReadiness,
  failedEvaluation,
  finalizeReadiness,
  isReadinessApplicable,
  placementOf,
  ROLL_UP_CHECK_IDS,
} from './evaluate/evaluateEntity';
export { scoreOf, statusOf } from './evaluate/score';
export * from './permissions';
export * from './routes';
