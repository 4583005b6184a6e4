const HOUR_MS = 3_600_000;

/**
 * Relative traffic at a time of day, 0.25..1: quiet at night (low around 04:00 UTC),
 * busy through the working day with an evening peak, a little lower at weekends.
 */
export function dailyTraffic(epochMs: number): number {
  const date = new Date(epochMs);
  const hour = date.getUTCHours() + date.getUTCMinutes() / 60;
  const day = 0.5 - 0.5 * Math.cos((2 * Math.PI * (hour - 4)) / 24);
  const evening = Math.exp(-((hour - 20) ** 2) / 4) * 0.25;
  const weekday = date.getUTCDay();
  const weekend = weekday === 0 || weekday === 6 ? 0.75 : 1;
  return Math.min(1, (0.25 + 0.65 * day + evening) * weekend);
}

export const MINUTE_MS = 60_000;
export { HOUR_MS };
