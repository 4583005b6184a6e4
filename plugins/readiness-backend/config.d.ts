import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  stagecraft?: {
    readiness?: {
      /**
       * When the whole catalog is evaluated. Default: every 30 minutes, 10 minute
       * timeout, 30 s initial delay, scope global (one replica runs each evaluation).
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /** Days of daily history kept for trends; default 180. */
      historyDays?: number;
      /** Entities verified at the same time during a run; default 8. */
      concurrency?: number;
      /** PagerDuty REST API access for the escalation-policy check. */
      pagerduty?: {
        /**
         * A read-only PagerDuty REST API token. Server side only; never logged,
         * stored or sent to the browser.
         * @visibility secret
         */
        token?: string;
        /** Default https://api.pagerduty.com */
        baseUrl?: string;
        /** Per request; default 5000. */
        timeoutMs?: number;
      };
      /** Verification of declared alarms with DescribeAlarms. */
      cloudwatch?: {
        /** Default: true when the root `aws` config is present. Credentials come from it. */
        enabled?: boolean;
        /** Region for entities whose ARN names none (e.g. S3 buckets). */
        defaultRegion?: string;
      };
    };
  };
}
