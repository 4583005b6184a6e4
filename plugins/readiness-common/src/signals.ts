/**
 * The signal channel of whole-catalog evaluation runs. The readiness backend publishes on it
 * when a run (scheduled, or started by "Evaluate now") has finished, saved or failed; the
 * Readiness page loads its runs, summary, results and trend again then instead of waiting
 * for a reload.
 */
export const READINESS_RUNS_SIGNAL_CHANNEL = 'readiness:runs';

/**
 * What a run signal says: which run finished, how, and when. It names no entity and carries
 * no result, so it may go to every user (a broadcast): each page then asks for the results
 * its user may read.
 */
export type ReadinessRunSignal = {
  runId: number;
  status: 'succeeded' | 'failed';
  /** ISO 8601: when the run was recorded as finished (`RunRecord.finishedAt`). */
  finishedAt: string;
};

/**
 * Pages signalled together load again within this spread (each after a random delay up to
 * it), so hundreds of open pages do not all ask in the same instant.
 */
export const READINESS_RUN_SIGNAL_JITTER_MS = 5_000;
