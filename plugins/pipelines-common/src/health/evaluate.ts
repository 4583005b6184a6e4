import { METRIC_PROFILES } from '../metrics/metricProfiles';
import { formatMetricValue } from '../metrics/format';
import { MetricPoint } from '../metrics/series';
import { MetricWindow } from '../metrics/timeRange';
import { StageType, isMonitoredStageType } from '../model/stageTypes';
import { HealthReason, HealthState, StageHealth, worstHealth } from './state';
import {
  HealthThresholds,
  LevelThresholdKey,
  ThresholdLevels,
} from './thresholds';
import { countOf } from './countOf';

export interface HealthInput {
  stageType: StageType | undefined;
  /** Points per metric id over the health window. */
  series: Record<string, MetricPoint[] | undefined>;
  window: Pick<MetricWindow, 'start' | 'end' | 'periodSeconds'>;
  thresholds: HealthThresholds;
}

function levelOf(value: number, levels: ThresholdLevels): HealthState {
  if (levels.critical !== undefined && value >= levels.critical)
    return 'critical';
  if (levels.warning !== undefined && value >= levels.warning) return 'warning';
  return 'ok';
}

/** Points at or after `since`. */
function pointsSince(
  points: MetricPoint[] | undefined,
  since: number,
): MetricPoint[] {
  return (points ?? []).filter(([t]) => t >= since);
}

/** Values per period over the window, 0 where CloudWatch returned no datapoint. */
function perPeriod(
  points: MetricPoint[] | undefined,
  window: HealthInput['window'],
): number[] {
  const periodMs = window.periodSeconds * 1000;
  const count = Math.round((window.end - window.start) / periodMs);
  const values = new Array<number>(count).fill(0);
  for (const [t, v] of points ?? []) {
    const index = Math.floor((t - window.start) / periodMs);
    if (index >= 0 && index < count) values[index] += v;
  }
  return values;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function describeLevels(
  state: HealthState,
  levels: ThresholdLevels,
  format: (v: number) => string,
): string {
  const level = state === 'critical' ? levels.critical : levels.warning;
  return level === undefined ? '' : ` (${state} at ${format(level)})`;
}

/**
 * Health of one stage from its recent metrics and thresholds. Counts (errors, throttles,
 * failures) are summed over the last `evaluationPeriods`; gauges (ages, freshness, depth)
 * use their latest value in that span. "Data stopped" compares the traffic of the last
 * `dataStoppedPeriods` (the newest period is skipped, as CloudWatch publishes late) with
 * the rest of the window.
 */
export function evaluateStageHealth(input: HealthInput): StageHealth {
  const { stageType, series, window, thresholds } = input;
  if (!isMonitoredStageType(stageType)) {
    return { state: 'not-monitored', reasons: [] };
  }
  const periodMs = window.periodSeconds * 1000;
  const since = window.end - thresholds.evaluationPeriods * periodMs;
  const reasons: HealthReason[] = [];
  const unitOf = (metric: string) =>
    METRIC_PROFILES[stageType].metrics.find(m => m.id === metric)?.unit ??
    'count';

  const gauge = (metric: string, key: LevelThresholdKey, label: string) => {
    const recent = pointsSince(series[metric], since);
    if (recent.length === 0) return;
    const value = recent[recent.length - 1][1];
    const state = levelOf(value, thresholds[key]);
    if (state === 'ok') return;
    const format = (v: number) => formatMetricValue(v, unitOf(metric));
    reasons.push({
      state,
      metric,
      message: `${label} ${format(value)}${describeLevels(
        state,
        thresholds[key],
        format,
      )}`,
    });
  };
  /** `noun` is [singular, plural], e.g. ['throttle', 'throttles']. */
  const count = (
    metrics: string[],
    key: LevelThresholdKey,
    noun: [string, string],
  ) => {
    const total = metrics.reduce(
      (acc, metric) =>
        acc + pointsSince(series[metric], since).reduce((a, [, v]) => a + v, 0),
      0,
    );
    const state = levelOf(total, thresholds[key]);
    if (state === 'ok') return;
    const format = (v: number) => formatMetricValue(v, 'count');
    reasons.push({
      state,
      metric: metrics[0],
      message: `${format(total)} ${
        total === 1 ? noun[0] : noun[1]
      } in the last ${countOf(
        thresholds.evaluationPeriods,
        'period',
      )}${describeLevels(state, thresholds[key], format)}`,
    });
  };

  switch (stageType) {
    case 'kinesis-stream':
      gauge('iteratorAgeMs', 'iteratorAgeMs', 'Iterator age');
      count(['readThrottles', 'writeThrottles'], 'throttles', [
        'throttled request',
        'throttled requests',
      ]);
      break;
    case 'lambda-function': {
      const recentSum = (metric: string) =>
        pointsSince(series[metric], since).reduce((a, [, v]) => a + v, 0);
      const invocations = recentSum('invocations');
      const errors = recentSum('errors');
      if (invocations > 0 && errors > 0) {
        const rate = errors / invocations;
        const state = levelOf(rate, thresholds.errorRate);
        if (state !== 'ok') {
          const format = (v: number) => formatMetricValue(v, 'ratio');
          reasons.push({
            state,
            metric: 'errors',
            message: `Error rate ${format(rate)} (${errors} of ${countOf(
              invocations,
              'invocation',
            )})${describeLevels(state, thresholds.errorRate, format)}`,
          });
        }
      }
      count(['throttles'], 'throttles', ['throttle', 'throttles']);
      gauge('iteratorAgeMs', 'iteratorAgeMs', 'Iterator age');
      break;
    }
    case 'sqs-queue':
      gauge(
        'oldestMessageAgeSeconds',
        'oldestMessageAgeSeconds',
        'Oldest message',
      );
      gauge('visibleMessages', 'visibleMessages', 'Messages visible');
      break;
    case 'firehose-delivery-stream':
      gauge('dataFreshnessSeconds', 'dataFreshnessSeconds', 'Data freshness');
      break;
    case 'state-machine':
      count(['executionsFailed', 'executionsTimedOut'], 'failedExecutions', [
        'failed or timed-out execution',
        'failed or timed-out executions',
      ]);
      break;
    default:
      break;
  }

  const stopped = dataStopped(input);
  if (stopped) reasons.unshift(stopped);

  return {
    state: worstHealth(['ok', ...reasons.map(r => r.state)]),
    reasons,
  };
}

function dataStopped(input: HealthInput): HealthReason | undefined {
  const { stageType, series, window, thresholds } = input;
  if (!isMonitoredStageType(stageType)) return undefined;
  const metric = METRIC_PROFILES[stageType].trafficMetric;
  const periods = thresholds.dataStoppedPeriods;
  if (!metric || periods <= 0) return undefined;
  // Skip the newest period: CloudWatch datapoints arrive a minute or more late.
  const values = perPeriod(series[metric], window).slice(0, -1);
  if (values.length < periods * 2) return undefined;
  const trailing = values.slice(-periods);
  const baseline = values.slice(0, -periods);
  const usual = median(baseline);
  if (usual <= 0 || trailing.some(v => v > 0)) return undefined;
  const minutes = Math.round((periods * window.periodSeconds) / 60);
  return {
    state: 'data-stopped',
    metric,
    message: `No incoming records for ${countOf(
      periods,
      'period',
    )} (${minutes} min); usually ${formatMetricValue(
      usual,
      'count',
    )} per period`,
  };
}
