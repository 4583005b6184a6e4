import { MetricUnit } from './metricProfiles';

function compact(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${(value / 1e9).toFixed(1)}B`;
  if (abs >= 1e6) return `${(value / 1e6).toFixed(1)}M`;
  if (abs >= 1e4) return `${(value / 1e3).toFixed(0)}k`;
  if (abs >= 1e3) return `${(value / 1e3).toFixed(1)}k`;
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(abs < 10 ? 2 : 1);
}

/** A human duration from milliseconds: `850 ms`, `42 s`, `7m 12s`, `3h 5m`. */
export function formatDurationMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${seconds % 60}s`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h ${minutes % 60}m`;
  return `${Math.floor(hours / 24)}d ${hours % 24}h`;
}

function bytes(value: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = value;
  let i = 0;
  while (Math.abs(v) >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? Math.round(v) : v.toFixed(1)} ${units[i]}`;
}

/** Formats a metric value for people, by unit. */
export function formatMetricValue(value: number, unit: MetricUnit): string {
  switch (unit) {
    case 'milliseconds':
      return formatDurationMs(value);
    case 'seconds':
      return formatDurationMs(value * 1000);
    case 'bytes':
      return bytes(value);
    case 'ratio':
      return `${(value * 100).toFixed(value < 0.1 ? 2 : 1)}%`;
    default:
      return compact(value);
  }
}

/**
 * A value on a chart's axis: as {@link formatMetricValue}, except that zero is `0` whatever the
 * unit (an axis in seconds does not start at `0 ms`).
 */
export function formatMetricTick(value: number, unit: MetricUnit): string {
  return value === 0 ? '0' : formatMetricValue(value, unit);
}
