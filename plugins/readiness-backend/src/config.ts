import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  READINESS_CONFIG_ROOT,
  readReadinessRulesConfig,
  ReadinessRulesConfig,
} from '@stagecraft/plugin-readiness-common';

const ROOT = READINESS_CONFIG_ROOT;

export type PagerDutySettings = {
  /** Never logged, stored or sent to the browser. */
  token: string;
  baseUrl: string;
  timeoutMs: number;
  minLevels: number;
};

export type RunbookReachabilitySettings = {
  allowedHosts: string[];
  timeoutMs: number;
};

export type CloudWatchSettings = {
  defaultRegion?: string;
  insufficientDataGraceHours: number;
};

export type ReadinessBackendConfig = {
  rules: ReadinessRulesConfig;
  schedule: SchedulerServiceTaskScheduleDefinition;
  /** Days of daily history kept for trends. */
  historyDays: number;
  /** Entities verified at the same time during a run. */
  concurrency: number;
  /** Minimum escalation levels, reported even without PagerDuty access. */
  minEscalationLevels: number;
  pagerduty?: PagerDutySettings;
  runbookReachability?: RunbookReachabilitySettings;
  cloudwatch?: CloudWatchSettings;
  /** Reading the TechDocs runbooks of a run (Markdown and built pages), all of it. */
  runbooks: { timeoutMs: number };
  /** Owners are notified when a check starts failing or recovers; on unless turned off. */
  notifications: { enabled: boolean };
};

export const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 30 },
  timeout: { minutes: 10 },
  initialDelay: { seconds: 30 },
};

function positiveInteger(
  config: Config,
  key: string,
  fallback: number,
): number {
  const value = config.getOptionalNumber(key);
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(
      `Invalid configuration at ${key}: expected a positive whole number, got ${value}`,
    );
  }
  return value;
}

function readAllowedHosts(config: Config, key: string): string[] {
  return config.getStringArray(key).map((host, index) => {
    const trimmed = host.trim().toLocaleLowerCase('en-US');
    if (
      !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(
        trimmed,
      )
    ) {
      throw new Error(
        `Invalid configuration at ${key}[${index}]: "${host}" is not a host name; list exact host names such as wiki.example.com (no scheme, port, path or wildcard)`,
      );
    }
    return trimmed;
  });
}

function readPagerDuty(
  config: Config,
  minLevels: number,
): PagerDutySettings | undefined {
  const token = config.getOptionalString(`${ROOT}.pagerduty.token`)?.trim();
  if (!token) return undefined;
  const baseUrl = (
    config.getOptionalString(`${ROOT}.pagerduty.baseUrl`) ??
    'https://api.pagerduty.com'
  ).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(baseUrl)) {
    throw new Error(
      `Invalid configuration at ${ROOT}.pagerduty.baseUrl: "${baseUrl}" is not an http(s) URL`,
    );
  }
  return {
    token,
    baseUrl,
    timeoutMs: positiveInteger(config, `${ROOT}.pagerduty.timeoutMs`, 5000),
    minLevels,
  };
}

/**
 * Reads the backend's settings under `stagecraft.readiness`: the shared
 * check rules plus schedule, history, PagerDuty, CloudWatch and runbook
 * reachability. Throws an error naming the offending key.
 */
export function readReadinessBackendConfig(
  config: Config,
): ReadinessBackendConfig {
  const rules = readReadinessRulesConfig(config);
  const scheduleConfig = config.getOptionalConfig(`${ROOT}.schedule`);
  const schedule = scheduleConfig
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(scheduleConfig)
    : DEFAULT_SCHEDULE;

  const minEscalationLevels = positiveInteger(
    config,
    `${ROOT}.checks.escalation-policy.minLevels`,
    2,
  );

  const reachabilityKey = `${ROOT}.checks.runbook.reachability`;
  const runbookReachability = config.has(reachabilityKey)
    ? {
        allowedHosts: readAllowedHosts(
          config,
          `${reachabilityKey}.allowedHosts`,
        ),
        timeoutMs: positiveInteger(
          config,
          `${reachabilityKey}.timeoutMs`,
          3000,
        ),
      }
    : undefined;

  const cloudwatchEnabled =
    config.getOptionalBoolean(`${ROOT}.cloudwatch.enabled`) ??
    config.has('aws');
  const cloudwatch = cloudwatchEnabled
    ? {
        defaultRegion: config.getOptionalString(
          `${ROOT}.cloudwatch.defaultRegion`,
        ),
        insufficientDataGraceHours: positiveInteger(
          config,
          `${ROOT}.checks.monitors.insufficientDataGraceHours`,
          24,
        ),
      }
    : undefined;

  return {
    rules,
    schedule,
    historyDays: positiveInteger(config, `${ROOT}.historyDays`, 180),
    concurrency: positiveInteger(config, `${ROOT}.concurrency`, 8),
    minEscalationLevels,
    pagerduty: readPagerDuty(config, minEscalationLevels),
    runbookReachability,
    cloudwatch,
    runbooks: {
      timeoutMs: positiveInteger(config, `${ROOT}.runbooks.timeoutMs`, 10_000),
    },
    notifications: {
      enabled:
        config.getOptionalBoolean(`${ROOT}.notifications.enabled`) ?? true,
    },
  };
}
