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
export * from './results';
export * from './catalog';
// The shared catalog vocabulary the checks read, exported here too as it was before it moved.
export {
  ANNOTATION_AWS_ARN,
  ANNOTATION_CLOUDWATCH_ALARMS,
  ANNOTATION_DATADOG_MONITOR_IDS,
  ANNOTATION_ONCALL_CONTACT,
  ANNOTATION_OPSGENIE_TEAM,
  ANNOTATION_PAGERDUTY_SERVICE_ID,
  ANNOTATION_READS_FROM,
  ANNOTATION_ROADIE_LAMBDA_REGION as ANNOTATION_LAMBDA_REGION,
  ANNOTATION_WRITES_TO,
  LINK_TYPE_ONCALL,
  LINK_TYPE_RUNBOOK,
  annotationOf,
  entityRefOf,
  isKind,
  namespaceOf,
  oncallContactOf,
  ownerRefOf,
  parseRef,
  refKey,
} from '@stagecraft/catalog-conventions-common';
export type { ParsedRef } from '@stagecraft/catalog-conventions-common';
export * from './checks';
export * from './campaigns';
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
  DEFAULT_RUNBOOK_REVIEW_MAX_AGE_DAYS,
  PRODUCTION_SCOPE,
} from './config/defaults';
export {
  readAppliesTo,
  readReadinessRulesConfig,
  READINESS_CONFIG_ROOT,
} from './config/readReadinessRulesConfig';
export {
  applicableChecks,
  evaluateChecks,
  evaluateEntityReadiness,
  evaluateReadiness,
  failedEvaluation,
  finalizeReadiness,
  isReadinessApplicable,
  placementOf,
  ROLL_UP_CHECK_IDS,
  type EvaluationInputs,
} from './evaluate/evaluateEntity';
export * from './runbooks';
export { scoreOf, statusOf } from './evaluate/score';
export * from './permissions';
export * from './routes';
export {
  READINESS_CAMPAIGN_TOPIC,
  READINESS_EXEMPTION_TOPIC,
  readinessNotificationTopic,
} from './notifications';
export * from './exemptions';
export {
  READINESS_RUN_SIGNAL_JITTER_MS,
  READINESS_RUNS_SIGNAL_CHANNEL,
  type ReadinessRunSignal,
} from './signals';
