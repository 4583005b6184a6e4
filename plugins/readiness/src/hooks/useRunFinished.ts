import { useEffect, useRef, useState } from 'react';
import { useSignal } from '@backstage/plugin-signals-react';
import {
  READINESS_RUN_SIGNAL_JITTER_MS,
  READINESS_RUNS_SIGNAL_CHANNEL,
  ReadinessRunSignal,
} from '@stagecraft/plugin-readiness-common';

/**
 * How many whole-catalog runs have finished since the page opened, as the backend signals
 * them on `readiness:runs`: a page loads its data again when this changes. Each change
 * comes after a random delay of up to `READINESS_RUN_SIGNAL_JITTER_MS`, so hundreds of open
 * pages do not all ask at once. Without the signals plugin it stays 0 (the page loads once).
 */
export function useRunFinished(): number {
  const { lastSignal } = useSignal<ReadinessRunSignal>(
    READINESS_RUNS_SIGNAL_CHANNEL,
  );
  const [runsFinished, setRunsFinished] = useState(0);

  // A run is announced once, but a second announcement of it waits out the same delay
  // rather than cancelling it (a cleanup per announcement would, and the run be lost).
  const handledRunId = useRef<number>();
  const pendingLoad = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(pendingLoad.current), []);
  useEffect(() => {
    if (!lastSignal || lastSignal.runId === handledRunId.current) return;
    handledRunId.current = lastSignal.runId;
    clearTimeout(pendingLoad.current);
    pendingLoad.current = setTimeout(
      () => setRunsFinished(count => count + 1),
      Math.random() * READINESS_RUN_SIGNAL_JITTER_MS,
    );
  }, [lastSignal]);

  return runsFinished;
}
