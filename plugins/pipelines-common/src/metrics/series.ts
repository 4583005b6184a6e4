import { MetricStatistic, MetricUnit } from './metricProfiles';

/** `[epoch ms, value]`, oldest first. */
export type MetricPoint = [number, number];

export interface MetricSeries {
  id: string;
  label: string;
  unit: MetricUnit;
  statistic: MetricStatistic;
  points: MetricPoint[];
}

/** The latest value of a series, or undefined when it has no points. */
export function latestValue(
  points: MetricPoint[] | undefined,
): number | undefined {
  if (!points || points.length === 0) return undefined;
  return points[points.length - 1][1];
}

/** Sum of the values of the last `n` points. */
export function sumOfLast(
  points: MetricPoint[] | undefined,
  n: number,
): number {
  if (!points) return 0;
  return points.slice(-n).reduce((acc, [, v]) => acc + v, 0);
}

/** Max of the values of the last `n` points; undefined when there are none. */
export function maxOfLast(
  points: MetricPoint[] | undefined,
  n: number,
): number | undefined {
  if (!points || points.length === 0) return undefined;
  return Math.max(...points.slice(-n).map(([, v]) => v));
}
