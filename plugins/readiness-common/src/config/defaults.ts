import { PEAK_ANNOTATIONS } from '@stagecraft/catalog-conventions-common';
import { DEFAULT_ALARM_PURPOSES } from '../alarms/alarmPurposes';
import {
  AppliesToFilter,
  CheckDefinition,
  MonitorExpectation,
  ReadinessRulesConfig,
} from '../types';

const STREAMS_AND_QUEUES = ['kinesis-stream', 'sqs-queue'];

/** Production Components, and the production streams and queues they run on. */
export const PRODUCTION_SCOPE: AppliesToFilter[] = [
  { kind: ['Component'], lifecycle: ['production'] },
  { kind: ['Resource'], type: STREAMS_AND_QUEUES, lifecycle: ['production'] },
];

const PRODUCTION_COMPONENTS: AppliesToFilter[] = [
  { kind: ['Component'], lifecycle: ['production'] },
];

/** The README section of each check explains how to fix it. */
const README =
  'https://github.com/acme-serverless/stagecraft/blob/main/plugins/readiness-common/README.md';

export const DEFAULT_CHECK_DEFINITIONS: readonly CheckDefinition[] = [
  {
    id: 'owner',
    title: 'Owner',
    description:
      'spec.owner names a Group that exists in the catalog, so someone is accountable.',
    appliesTo: [
      { kind: ['Component'] },
      { kind: ['Resource'], type: STREAMS_AND_QUEUES },
    ],
    severity: 'error',
    fixUrl: `${README}#owner`,
  },
  {
    id: 'oncall-contact',
    title: 'On-call contact',
    description:
      'The owning Group names its on-call contact (stagecraft.io/oncall-contact, a User in the catalog) and links its on-call schedule (a link of type oncall).',
    appliesTo: PRODUCTION_SCOPE,
    severity: 'error',
    fixUrl: `${README}#oncall-contact`,
  },
  {
    id: 'runbook',
    title: 'Runbook',
    description:
      'At least one metadata.links entry of type runbook; every runbook link is a page of the portal (/docs/..., which must exist) or a well-formed https URL.',
    appliesTo: PRODUCTION_SCOPE,
    severity: 'error',
    fixUrl: `${README}#runbook`,
  },
  {
    id: 'runbook-reviewed',
    title: 'Runbook reviewed',
    description:
      'Every runbook in the portal (TechDocs) says in its front matter when it was last reviewed (last_reviewed: YYYY-MM-DD), within the last maxAgeDays (default 180).',
    appliesTo: PRODUCTION_SCOPE,
    severity: 'warning',
    fixUrl: `${README}#runbook-reviewed`,
  },
  {
    id: 'escalation-policy',
    title: 'Escalation policy',
    description:
      'The entity or its owning Group names the on-call service that pages (pagerduty.com/service-id or opsgenie.com/team). With PagerDuty API access, the service must exist and escalate through enough levels.',
    appliesTo: PRODUCTION_COMPONENTS,
    severity: 'error',
    fixUrl: `${README}#escalation-policy`,
  },
  {
    id: 'monitors',
    title: 'Monitors',
    description:
      'Alarms or monitors are declared (stagecraft.io/cloudwatch-alarms, datadoghq.com/monitor-ids) and cover what the kind of stage needs, e.g. iterator age and errors for a Lambda reading a stream. With AWS access, the alarms must exist in CloudWatch and not be stuck in INSUFFICIENT_DATA.',
    appliesTo: PRODUCTION_SCOPE,
    severity: 'error',
    fixUrl: `${README}#monitors`,
  },
  {
    id: 'load-test',
    title: 'Load test',
    description:
      'A load test within the window: a metadata.links entry of type load-test with its date (YYYY-MM-DD) in the title or URL, or stagecraft.io/last-load-test. Applies to no entity unless configured; campaigns that require it apply it to their scope, within their start date and deadline.',
    appliesTo: [],
    severity: 'warning',
    fixUrl: `${README}#load-test`,
  },
  {
    id: 'failover-drill',
    title: 'Failover or DR drill',
    description:
      'A failover or disaster-recovery drill within the window: a dated metadata.links entry of type failover-drill, or stagecraft.io/last-failover-drill. Applies like load-test.',
    appliesTo: [],
    severity: 'warning',
    fixUrl: `${README}#failover-drill`,
  },
  {
    id: 'capacity',
    title: 'Capacity at expected peak',
    description:
      'Components and Systems that declare an expected peak (stagecraft.io/peak-*) have the capacity for it in AWS: Lambda and account concurrency, Kinesis shards and iterator-age alarms, SQS to Lambda scaling, DynamoDB capacity, Aurora replica-lag alarm and failover runbook. Verified by the pipelines backend; a result it cannot give is "could not verify", never a fail.',
    appliesTo: [
      { kind: ['Component', 'System'], annotations: [...PEAK_ANNOTATIONS] },
    ],
    severity: 'error',
    fixUrl: `${README}#capacity`,
  },
  {
    id: 'production-complete',
    title: 'Production complete',
    description:
      'A production Component passes every check it needs: owner, on-call contact, runbook, escalation policy and monitors.',
    appliesTo: PRODUCTION_COMPONENTS,
    severity: 'error',
    fixUrl: `${README}#production-complete`,
  },
];

/** Serverless expectations on top of "some alarm is declared". */
export const DEFAULT_MONITOR_EXPECTATIONS: readonly MonitorExpectation[] = [
  {
    id: 'lambda-errors',
    title: 'Lambda function',
    appliesTo: [{ kind: ['Component'], type: ['lambda-function'] }],
    requires: ['errors'],
  },
  {
    id: 'stream-consumer',
    title: 'Lambda reading a Kinesis stream',
    appliesTo: [
      {
        kind: ['Component'],
        type: ['lambda-function'],
        readsFromType: ['kinesis-stream'],
      },
    ],
    requires: ['iterator-age', 'errors'],
  },
  {
    id: 'state-machine-failures',
    title: 'State machine',
    appliesTo: [{ kind: ['Component'], type: ['state-machine'] }],
    requires: ['errors'],
  },
  {
    id: 'kinesis-stream',
    title: 'Kinesis stream',
    appliesTo: [{ kind: ['Resource'], type: ['kinesis-stream'] }],
    requires: ['no-incoming-data'],
  },
  {
    id: 'sqs-queue',
    title: 'SQS queue',
    appliesTo: [
      { kind: ['Resource'], type: ['sqs-queue'], excludeTags: ['dlq'] },
    ],
    requires: ['oldest-message-age'],
  },
  {
    id: 'dead-letter-queue',
    title: 'Dead-letter queue',
    appliesTo: [{ kind: ['Resource'], type: ['sqs-queue'], tags: ['dlq'] }],
    requires: [['messages-visible', 'oldest-message-age']],
  },
];

export const DEFAULT_PRODUCTION_COMPLETE_REQUIRES: readonly string[] = [
  'owner',
  'oncall-contact',
  'runbook',
  'escalation-policy',
  'monitors',
];

/** How old a runbook's last review may be before `runbook-reviewed` fails. */
export const DEFAULT_RUNBOOK_REVIEW_MAX_AGE_DAYS = 180;

export const DEFAULT_READINESS_RULES_CONFIG: ReadinessRulesConfig = {
  checks: DEFAULT_CHECK_DEFINITIONS.map(check => ({ ...check })),
  alarmPurposes: DEFAULT_ALARM_PURPOSES,
  monitorExpectations: DEFAULT_MONITOR_EXPECTATIONS.map(e => ({ ...e })),
  productionCompleteRequires: [...DEFAULT_PRODUCTION_COMPLETE_REQUIRES],
  runbookReviewMaxAgeDays: DEFAULT_RUNBOOK_REVIEW_MAX_AGE_DAYS,
};
