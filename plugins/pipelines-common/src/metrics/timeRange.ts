/** Time ranges the pages offer. */
export const TIME_RANGES = ['1h', '3h', '12h', '24h', '7d'] as const;
export type TimeRange = (typeof TIME_RANGES)[number];

export const DEFAULT_TIME_RANGE: TimeRange = '3h';

const HOUR = 3_600_000;

/** Range length and the metric period used for it (at most ~300 points per series). */
export const TIME_RANGE_SPECS: Record<
  TimeRange,
  { durationMs: number; periodSeconds: number }
> = {
  '1h': { durationMs: HOUR, periodSeconds: 60 },
  '3h': { durationMs: 3 * HOUR, periodSeconds: 60 },
  '12h': { durationMs: 12 * HOUR, periodSeconds: 300 },
  '24h': { durationMs: 24 * HOUR, periodSeconds: 300 },
  '7d': { durationMs: 7 * 24 * HOUR, periodSeconds: 3600 },
};

export function isTimeRange(value: unknown): value is TimeRange {
  return (TIME_RANGES as readonly unknown[]).includes(value);
}

/** A metric window aligned to its period, so everyone asking in the same period asks the same thing. */
export interface MetricWindow {
  range: TimeRange;
  /** Epoch ms, inclusive. */
  start: number;
  /** Epoch ms, exclusive; a multiple of the period. */
  end: number;
  periodSeconds: number;
}

export function metricWindow(range: TimeRange, nowMs: number): MetricWindow {
  const { durationMs, periodSeconds } = TIME_RANGE_SPECS[range];
  const periodMs = periodSeconds * 1000;
  const end = Math.floor(nowMs / periodMs) * periodMs;
  return { range, start: end - durationMs, end, periodSeconds };
}
