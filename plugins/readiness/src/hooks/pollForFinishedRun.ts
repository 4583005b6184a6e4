import type { RunRecord } from '@stagecraft/plugin-readiness-common';

/** How often a view without signals asks whether the run it started has finished. */
export const RUN_POLL_INTERVAL_MS = 5_000;
/** How long it keeps asking: longer than a whole-catalog run takes. */
export const RUN_POLL_TIMEOUT_MS = 10 * 60_000;

/** The id of the newest run in `runs`, 0 when there is none. */
export function newestRunId(runs: RunRecord[]): number {
  return Math.max(0, ...runs.map(run => run.id));
}

/**
 * Asks `listRuns` every `RUN_POLL_INTERVAL_MS` until a run newer than `afterRunId` has
 * finished, then calls `onFinished` once; gives up after `RUN_POLL_TIMEOUT_MS`. A failed
 * request is asked again at the next interval. Returns a function that stops asking.
 */
export function pollForFinishedRun(
  listRuns: () => Promise<RunRecord[]>,
  afterRunId: number,
  onFinished: () => void,
): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pollsLeft = Math.floor(RUN_POLL_TIMEOUT_MS / RUN_POLL_INTERVAL_MS);

  const poll = async () => {
    const runs = await listRuns().catch(() => []);
    if (stopped) return;
    if (runs.some(run => run.id > afterRunId && run.finishedAt)) {
      onFinished();
      return;
    }
    pollsLeft -= 1;
    if (pollsLeft > 0) timer = setTimeout(poll, RUN_POLL_INTERVAL_MS);
  };
  timer = setTimeout(poll, RUN_POLL_INTERVAL_MS);

  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
