import { useEffect, useRef } from 'react';
import { CompoundEntityRef } from '@backstage/catalog-model';
import { useSignal } from '@backstage/plugin-signals-react';
import {
  METRICS_FALLBACK_POLL_MS,
  METRICS_SAFETY_POLL_MS,
  PipelineMetricsSignal,
  TimeRange,
  pipelineMetricsSignalChannel,
} from '@stagecraft/plugin-pipelines-common';
import { PollingState, usePolling } from './usePolling';
import { spreadDelayMs } from './spreadDelay';

export interface LiveMetricsState<T> extends PollingState<T> {
  /** The page is told when new metrics are in (signals), rather than asking on a timer. */
  live: boolean;
  /** How often it asks on a timer. */
  intervalMs: number;
}

/**
 * Loads an entity's metrics, then again whenever the backend signals a new window for this
 * range on `pipelines:metrics:<entity ref>` (after a random delay of up to
 * `METRICS_SIGNAL_JITTER_MS`, so hundreds of open pages do not all ask at once). Without the signals
 * plugin it polls every `METRICS_FALLBACK_POLL_MS`; with it, every `METRICS_SAFETY_POLL_MS` only.
 */
export function useLiveMetrics<T>(
  load: () => Promise<T>,
  entity: { ref: CompoundEntityRef; range: TimeRange },
  deps: unknown[],
): LiveMetricsState<T> {
  const { lastSignal, isSignalsAvailable } = useSignal<PipelineMetricsSignal>(
    pipelineMetricsSignalChannel(entity.ref),
  );
  const intervalMs = isSignalsAvailable
    ? METRICS_SAFETY_POLL_MS
    : METRICS_FALLBACK_POLL_MS;
  const state = usePolling(load, intervalMs, deps);
  const refresh = useRef(state.refresh);
  refresh.current = state.refresh;

  // Several replicas may announce the same window: load once per window. The load
  // waits out its spreading delay even when the same window is announced again
  // meanwhile (a cleanup per announcement would cancel it, and the window be lost).
  const handledWindowEnd = useRef(0);
  const pendingLoad = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(pendingLoad.current), []);
  useEffect(() => {
    if (!lastSignal || lastSignal.range !== entity.range) return;
    if (lastSignal.windowEnd <= handledWindowEnd.current) return;
    handledWindowEnd.current = lastSignal.windowEnd;
    clearTimeout(pendingLoad.current);
    pendingLoad.current = setTimeout(() => refresh.current(), spreadDelayMs());
  }, [lastSignal, entity.range]);

  return { ...state, live: isSignalsAvailable, intervalMs };
}
