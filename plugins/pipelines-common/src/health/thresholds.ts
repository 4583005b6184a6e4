import { Config } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { THRESHOLD_ANNOTATION_PREFIX } from '@stagecraft/catalog-conventions-common';

/** A metric is in `warning` at or above `warning`, in `critical` at or above `critical`. */
export interface ThresholdLevels {
  warning?: number;
  critical?: number;
}

export interface HealthThresholds {
  /** Kinesis GetRecords.IteratorAgeMilliseconds and Lambda IteratorAge, latest value (ms). */
  iteratorAgeMs: ThresholdLevels;
  /** Lambda Errors / Invocations over the evaluation periods (0..1). */
  errorRate: ThresholdLevels;
  /** Lambda Throttles, or Kinesis read + write throughput exceeded, summed over the evaluation periods. */
  throttles: ThresholdLevels;
  /** SQS ApproximateAgeOfOldestMessage, latest value (seconds). */
  oldestMessageAgeSeconds: ThresholdLevels;
  /** SQS ApproximateNumberOfMessagesVisible, latest value (off by default; useful on dead-letter queues). */
  visibleMessages: ThresholdLevels;
  /** Firehose DeliveryToS3.DataFreshness, latest value (seconds). */
  dataFreshnessSeconds: ThresholdLevels;
  /** Step Functions ExecutionsFailed + ExecutionsTimedOut summed over the evaluation periods. */
  failedExecutions: ThresholdLevels;
  /** A stream that normally has traffic and received none for this many periods has stopped; 0 turns it off. */
  dataStoppedPeriods: number;
  /** How many recent periods the counts (errors, throttles, failures) are summed over. */
  evaluationPeriods: number;
}

export type LevelThresholdKey = {
  [K in keyof HealthThresholds]: HealthThresholds[K] extends ThresholdLevels
    ? K
    : never;
}[keyof HealthThresholds];

export type CountThresholdKey = Exclude<
  keyof HealthThresholds,
  LevelThresholdKey
>;

export const DEFAULT_THRESHOLDS: HealthThresholds = {
  iteratorAgeMs: { warning: 60_000, critical: 300_000 },
  errorRate: { warning: 0.01, critical: 0.05 },
  throttles: { warning: 1, critical: 50 },
  oldestMessageAgeSeconds: { warning: 300, critical: 900 },
  visibleMessages: {},
  dataFreshnessSeconds: { warning: 900, critical: 1800 },
  failedExecutions: { warning: 1, critical: 5 },
  dataStoppedPeriods: 5,
  evaluationPeriods: 5,
};

/** The per-entity override annotation of each threshold. */
export const THRESHOLD_ANNOTATIONS: Record<keyof HealthThresholds, string> = {
  iteratorAgeMs: `${THRESHOLD_ANNOTATION_PREFIX}iterator-age-ms`,
  errorRate: `${THRESHOLD_ANNOTATION_PREFIX}error-rate`,
  throttles: `${THRESHOLD_ANNOTATION_PREFIX}throttles`,
  oldestMessageAgeSeconds: `${THRESHOLD_ANNOTATION_PREFIX}oldest-message-age-s`,
  visibleMessages: `${THRESHOLD_ANNOTATION_PREFIX}visible-messages`,
  dataFreshnessSeconds: `${THRESHOLD_ANNOTATION_PREFIX}data-freshness-s`,
  failedExecutions: `${THRESHOLD_ANNOTATION_PREFIX}failed-executions`,
  dataStoppedPeriods: `${THRESHOLD_ANNOTATION_PREFIX}data-stopped-periods`,
  evaluationPeriods: `${THRESHOLD_ANNOTATION_PREFIX}evaluation-periods`,
};

const COUNT_KEYS: CountThresholdKey[] = [
  'dataStoppedPeriods',
  'evaluationPeriods',
];

function isCountKey(key: keyof HealthThresholds): key is CountThresholdKey {
  return (COUNT_KEYS as string[]).includes(key);
}

/** Parses `"0.01"` or `"1%"` (error rate) or a plain number; undefined for an empty part. */
function parseNumber(raw: string, percentAllowed: boolean): number | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  const percent = percentAllowed && value.endsWith('%');
  const num = Number(percent ? value.slice(0, -1) : value);
  if (!Number.isFinite(num) || num < 0)
    throw new Error(`"${value}" is not a non-negative number`);
  return percent ? num / 100 : num;
}

function checkOrder(levels: ThresholdLevels): void {
  if (
    levels.warning !== undefined &&
    levels.critical !== undefined &&
    levels.warning > levels.critical
  ) {
    throw new Error(
      `warning (${levels.warning}) is above critical (${levels.critical})`,
    );
  }
}

/**
 * Parses a threshold annotation value: `"<warning>"` or `"<warning>/<critical>"`
 * (either part may be empty, e.g. `"/300000"` sets only critical).
 */
export function parseThresholdLevels(
  raw: string,
  options: { percentAllowed?: boolean } = {},
): ThresholdLevels {
  const parts = raw.split('/');
  if (parts.length > 2) throw new Error(`"${raw}" has more than one "/"`);
  const warning = parseNumber(parts[0], !!options.percentAllowed);
  const critical =
    parts.length === 2
      ? parseNumber(parts[1], !!options.percentAllowed)
      : undefined;
  if (warning === undefined && critical === undefined) {
    throw new Error(`"${raw}" sets neither a warning nor a critical level`);
  }
  const levels: ThresholdLevels = {};
  if (warning !== undefined) levels.warning = warning;
  if (critical !== undefined) levels.critical = critical;
  checkOrder(levels);
  return levels;
}

function parseCount(raw: string): number {
  const num = Number(raw.trim());
  if (raw.trim() === '' || !Number.isInteger(num) || num < 0) {
    throw new Error(`"${raw}" is not a whole number of periods`);
  }
  return num;
}

export type ThresholdOverrides = Partial<HealthThresholds>;

/**
 * Reads `stagecraft.io/threshold-*` annotations. Unreadable values are reported (naming the
 * annotation) and ignored; the rest apply.
 */
export function readThresholdOverrides(entity: Entity): {
  overrides: ThresholdOverrides;
  problems: string[];
} {
  const annotations = entity.metadata.annotations ?? {};
  const overrides: Record<string, unknown> = {};
  const problems: string[] = [];
  const known = new Set(Object.values(THRESHOLD_ANNOTATIONS));
  for (const [key, annotation] of Object.entries(THRESHOLD_ANNOTATIONS) as [
    keyof HealthThresholds,
    string,
  ][]) {
    const raw = annotations[annotation];
    if (raw === undefined) continue;
    try {
      if (isCountKey(key)) {
        overrides[key] = parseCount(raw);
      } else {
        overrides[key] = parseThresholdLevels(raw, {
          percentAllowed: key === 'errorRate',
        });
      }
    } catch (error) {
      problems.push(
        `${annotation}: ${(error as Error).message}; the default applies`,
      );
    }
  }
  for (const annotation of Object.keys(annotations)) {
    if (
      annotation.startsWith(THRESHOLD_ANNOTATION_PREFIX) &&
      !known.has(annotation)
    ) {
      problems.push(
        `${annotation} is not a known threshold annotation; it is ignored`,
      );
    }
  }
  return { overrides: overrides as ThresholdOverrides, problems };
}

/**
 * Applies overrides on top of base thresholds. Level overrides replace a level each
 * (an annotation setting only `warning` keeps the base `critical`), unless that would put
 * warning above critical, in which case the base critical is dropped.
 */
export function mergeThresholds(
  base: HealthThresholds,
  ...overridesList: ThresholdOverrides[]
): HealthThresholds {
  if (overridesList.every(o => Object.keys(o).length === 0)) return base;
  const result = { ...base } as HealthThresholds;
  for (const overrides of overridesList) {
    for (const [key, value] of Object.entries(overrides) as [
      keyof HealthThresholds,
      unknown,
    ][]) {
      if (value === undefined) continue;
      if (isCountKey(key)) {
        result[key] = value as number;
        continue;
      }
      const levels = value as ThresholdLevels;
      const merged: ThresholdLevels = { ...result[key], ...levels };
      // A level set above (or below) the default's other level drops that level.
      const inverted =
        merged.warning !== undefined &&
        merged.critical !== undefined &&
        merged.warning > merged.critical;
      if (inverted && levels.critical === undefined) {
        delete merged.critical;
      } else if (inverted && levels.warning === undefined) {
        delete merged.warning;
      }
      result[key] = merged;
    }
  }
  return result;
}

/**
 * Reads `stagecraft.pipelines.thresholds` from app-config on top of the defaults.
 * Throws an error naming the config key when a value is invalid.
 */
export function readThresholdsConfig(
  config: Config | undefined,
): HealthThresholds {
  const section = config?.getOptionalConfig('stagecraft.pipelines.thresholds');
  if (!section) return DEFAULT_THRESHOLDS;
  const overrides: Record<string, unknown> = {};
  for (const key of Object.keys(
    DEFAULT_THRESHOLDS,
  ) as (keyof HealthThresholds)[]) {
    const path = `stagecraft.pipelines.thresholds.${key}`;
    if (isCountKey(key)) {
      const value = section.getOptionalNumber(key);
      if (value === undefined) continue;
      if (!Number.isInteger(value) || value < 0) {
        throw new Error(
          `${path} must be a whole number of periods, got ${value}`,
        );
      }
      overrides[key] = value;
      continue;
    }
    const levelsConfig = section.getOptionalConfig(key);
    if (!levelsConfig) continue;
    const levels: ThresholdLevels = {};
    for (const level of ['warning', 'critical'] as const) {
      const value = levelsConfig.getOptionalNumber(level);
      if (value === undefined) continue;
      if (value < 0)
        throw new Error(`${path}.${level} must not be negative, got ${value}`);
      levels[level] = value;
    }
    try {
      checkOrder(levels);
    } catch (error) {
      throw new Error(`${path}: ${(error as Error).message}`);
    }
    overrides[key] = levels;
  }
  return mergeThresholds(DEFAULT_THRESHOLDS, overrides as ThresholdOverrides);
}
