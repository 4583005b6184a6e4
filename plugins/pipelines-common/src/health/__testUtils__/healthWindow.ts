import { MetricPoint } from '../../metrics/series';

export const PERIOD = 60;
export const END = Date.UTC(2025, 0, 1, 12, 0);

/** The last hour before `END`, at one-minute periods, as health is judged. */
export const HEALTH_WINDOW = {
  start: END - 60 * PERIOD * 1000,
  end: END,
  periodSeconds: PERIOD,
};

/** One point per period over the window, from a function of the period index. */
export function series(
  value: (i: number) => number | undefined,
): MetricPoint[] {
  const points: MetricPoint[] = [];
  for (let i = 0; i < 60; i++) {
    const v = value(i);
    if (v !== undefined)
      points.push([HEALTH_WINDOW.start + i * PERIOD * 1000, v]);
  }
  return points;
}
