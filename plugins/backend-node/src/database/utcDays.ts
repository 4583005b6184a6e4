const DAY_MS = 86_400_000;

/**
 * The UTC day of `date`, `YYYY-MM-DD`: the key of a day of history.
 *
 * @public
 */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The first UTC day of the last `days` days, today (the day of `now`) included.
 *
 * @public
 */
export function firstOfLastDays(days: number, now: Date): string {
  return utcDay(new Date(now.getTime() - (days - 1) * DAY_MS));
}
