import { Freshness } from '@stagecraft/plugin-pipelines-common';

/** The clock's time in ISO 8601: when an answer was generated or fetched. */
export const isoNow = (clock: () => number = Date.now): string =>
  new Date(clock()).toISOString();

/** The freshness of an answer made just now (simulated answers are never stale). */
export const freshNow = (clock?: () => number): Freshness => ({
  fetchedAt: isoNow(clock),
  stale: false,
});
