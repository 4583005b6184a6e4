import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useSignal } from '@backstage/plugin-signals-react';
import {
  READINESS_RUNS_SIGNAL_CHANNEL,
  ReadinessRunSignal,
} from '@stagecraft/plugin-readiness-common';
import { spreadDelayMs } from './spreadDelay';
import { readinessApiRef } from '../api';
import { newestRunId, pollForFinishedRun } from './pollForFinishedRun';

/**
 * `runsFinished` counts the whole-catalog runs finished since the view opened: a view loads
 * its data again when it changes. The backend signals each on `readiness:runs`; the count
 * changes after a random delay of up to `READINESS_RUN_SIGNAL_JITTER_MS`, so hundreds of open
 * views do not all ask at once.
 *
 * `watchForRun(start)` calls `start` (which asks the backend for a run) and returns what it
 * returns. Without the signals plugin it also asks for the runs every few seconds until one
 * started after it has finished, then counts it; with the plugin the signal counts it.
 */
export function useRunFinished() {
  const api = useApi(readinessApiRef);
  const { lastSignal, isSignalsAvailable } = useSignal<ReadinessRunSignal>(
    READINESS_RUNS_SIGNAL_CHANNEL,
  );
  const [runsFinished, setRunsFinished] = useState(0);
  const countRun = useCallback(() => setRunsFinished(count => count + 1), []);

  // A run is announced once, but a second announcement of it waits out the same delay
  // rather than cancelling it (a cleanup per announcement would, and the run be lost).
  const handledRunId = useRef<number>();
  const pendingLoad = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(pendingLoad.current), []);
  useEffect(() => {
    if (!lastSignal || lastSignal.runId === handledRunId.current) return;
    handledRunId.current = lastSignal.runId;
    clearTimeout(pendingLoad.current);
    pendingLoad.current = setTimeout(countRun, spreadDelayMs());
  }, [lastSignal, countRun]);

  const mounted = useRef(true);
  const stopPolling = useRef(() => {});
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      stopPolling.current();
    };
  }, []);

  const watchForRun = useCallback(
    async <T>(start: () => Promise<T>): Promise<T> => {
      if (isSignalsAvailable) return start();
      // Runs are numbered in order: the run `start` asks for is newer than any listed before.
      const before = await api.listRuns().then(newestRunId, () => undefined);
      const started = await start();
      if (before !== undefined && mounted.current) {
        stopPolling.current();
        stopPolling.current = pollForFinishedRun(
          () => api.listRuns(),
          before,
          countRun,
        );
      }
      return started;
    },
    [api, isSignalsAvailable, countRun],
  );

  return { runsFinished, watchForRun };
}
