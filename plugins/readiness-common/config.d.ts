// All of stagecraft.readiness is declared here, where the backend, the
// readiness pages and the lint CLI all see it.
import { HumanDuration } from '@backstage/types';
import type { CampaignScope } from '@stagecraft/plugin-readiness-common';

/** An ISO 8601 duration such as `PT30M`, or an object such as `{ minutes: 30 }`. */
type ScheduleDuration = string | HumanDuration;

/** Which entities a check applies to; each field takes one value or a list. */
type ReadinessAppliesToFilter = {
  kind?: string | string[];
  type?: string | string[];
  lifecycle?: string | string[];
  tags?: string | string[];
  excludeTags?: string | string[];
  readsFromType?: string | string[];
};

export interface Config {
  stagecraft?: {
    readiness?: {
      /**
       * When the whole catalog is evaluated (the shape of Backstage's
       * `SchedulerServiceTaskScheduleDefinitionConfig`). Default: every 30
       * minutes, 10 minute timeout, 30 s initial delay, scope global (one
       * replica runs each evaluation).
       */
      schedule?: {
        frequency: { cron: string } | ScheduleDuration | { trigger: 'manual' };
        timeout: ScheduleDuration;
        initialDelay?: ScheduleDuration;
        scope?: 'global' | 'local';
      };
      /** Days of daily history kept for trends; default 180. */
      historyDays?: number;
      /** Entities verified at the same time during a run; default 8. */
      concurrency?: number;
      /**
       * Notifications to an entity's owner when a readiness check starts failing or
       * recovers (through the notifications backend); default on.
       */
      notifications?: {
        enabled?: boolean;
      };
      /** Exemptions from one check on one entity, requested by owners, decided by approvers. */
      exemptions?: {
        /**
         * Groups whose members may approve and deny exemptions (the Stagecraft permission
         * policy's rule for readiness.exemption.approve); not set: everyone, empty: nobody.
         */
        approvers?: string[];
        /**
         * The longest an exemption may run, in days from its request; default 90. The
         * request dialog offers dates up to it.
         * @visibility frontend
         */
        maxDays?: number;
        /**
         * Whether an approver may decide their own request; default false. Only for a local
         * portal with a single identity (guest sign-in).
         */
        allowSelfApproval?: boolean;
        /** Days before expiry the owner is told; default 7. */
        reminderDays?: number;
      };
      /** Readiness campaigns: seeded ones, reminders, and who may manage them. */
      campaigns?: {
        /**
         * Groups whose members may create and edit campaigns (the Stagecraft permission
         * policy's rule for readiness.campaign.manage); not set: everyone, empty: nobody.
         */
        managers?: string[];
        /** Days before the deadline owners who still fail are reminded; default [7, 1]. */
        reminderDays?: number[];
        /** Campaigns added at startup when none has their id; edits in the portal are kept. */
        seed?: Array<{
          /** Lower-case letters, digits and dashes; the campaign page's address. */
          id: string;
          name: string;
          description?: string;
          /** YYYY-MM-DD */
          startDate: string;
          /** YYYY-MM-DD */
          deadline: string;
          scope?: CampaignScope;
          /** Check ids, e.g. load-test, failover-drill, runbook-reviewed, monitors. */
          requiredChecks: string[];
          runbookReviewedWithinDays?: number;
        }>;
      };
      /** Reading TechDocs runbooks (Markdown and built pages) in a run. */
      runbooks?: {
        /** For all runbooks of a run together; default 10000. */
        timeoutMs?: number;
      };
      /** PagerDuty access for the escalation-policy check and the On-call card. */
      pagerduty?: {
        /**
         * A read-only PagerDuty REST API token. Server side only; never logged,
         * stored or sent to the browser.
         * @visibility secret
         */
        token?: string;
        /** REST API address; default https://api.pagerduty.com */
        baseUrl?: string;
        /** Per request; default 5000. */
        timeoutMs?: number;
        /**
         * The PagerDuty web address of your account, for service links on the
         * On-call card, e.g. https://acme.pagerduty.com. Default https://app.pagerduty.com.
         * @visibility frontend
         */
        webBaseUrl?: string;
      };
      /** Verification of declared alarms with DescribeAlarms. */
      cloudwatch?: {
        /** Default: true when the root `aws` config is present. Credentials come from it. */
        enabled?: boolean;
        /** Region for entities whose ARN names none (e.g. S3 buckets). */
        defaultRegion?: string;
      };
      /**
       * Per-check settings keyed by check id. Keys naming a built-in check
       * (owner, oncall-contact, runbook, runbook-reviewed, escalation-policy, monitors,
       * production-complete) override its defaults; other keys define new
       * checks, which need title, appliesTo and require.
       */
      checks?: {
        [checkId: string]: {
          title?: string;
          description?: string;
          /** One of `error`, `warning`, `off`. */
          severity?: 'error' | 'warning' | 'off';
          /** Where to read how to fix a failure. */
          fixUrl?: string;
          /** One filter or a list of filters, any of which matches. */
          appliesTo?: ReadinessAppliesToFilter | ReadinessAppliesToFilter[];
          /** Only for checks defined here. */
          require?: {
            annotations?: string[];
            linkTypes?: string[];
          };
          /** runbook: reachability of links on allow-listed hosts (backend only). */
          reachability?: {
            /** Hosts (exact names) whose runbook links are fetched. No other host ever is. */
            allowedHosts: string[];
            /** Per request; default 3000. */
            timeoutMs?: number;
          };
          /** runbook-reviewed: a runbook not reviewed in this many days fails; default 180. */
          maxAgeDays?: number;
          /** escalation-policy: minimum escalation levels when PagerDuty is configured; default 2. */
          minLevels?: number;
          /** monitors: how alarm names map to purposes, merged over the defaults. */
          alarmPurposes?: {
            [purpose: string]: { matches: string[]; excludes?: string[] };
          };
          /** monitors: expectations merged over the defaults by id; `enabled: false` removes one. */
          expectations?: Array<{
            id: string;
            enabled?: boolean;
            title?: string;
            appliesTo?: ReadinessAppliesToFilter | ReadinessAppliesToFilter[];
            /** Purposes required; a nested list means any one of them. */
            requires?: Array<string | string[]>;
          }>;
          /** monitors: hours an alarm may sit in INSUFFICIENT_DATA before it counts as stuck; default 24. */
          insufficientDataGraceHours?: number;
          /** production-complete: the checks it requires. */
          requires?: string[];
        };
      };
    };
  };
}
