import { CompoundEntityRef } from '@backstage/catalog-model';
import { refKey } from '@stagecraft/catalog-conventions-common';
import { TimeRange } from './metrics/timeRange';

/**
 * The signal channel of an entity's live metrics, `pipelines:metrics:<entity ref>` (the ref
 * lower-cased, as `refKey` writes it). The pipelines backend publishes on it when it has
 * fetched a new metric window of the pipeline or stage; its pages load again then instead of
 * polling.
 */
export function pipelineMetricsSignalChannel(
  ref: string | CompoundEntityRef,
): string {
  return `pipelines:metrics:${refKey(ref)}`;
}

/** What a metrics signal says: which range has a new window, and where that window ends. */
export type PipelineMetricsSignal = {
  range: TimeRange;
  /** Epoch ms: the end of the newly fetched window (`MetricWindow.end`). */
  windowEnd: number;
};

/**
 * Pages signalled together load again within this spread (each after a random delay up to
 * it), so hundreds of open pages do not all ask in the same instant.
 */
export const METRICS_SIGNAL_JITTER_MS = 5_000;

/** How often the pipelines backend looks for watched views whose metric period has turned. */
export const METRICS_SIGNAL_CHECK_SECONDS = 5;

/** Without signals, metric pages load again this often. */
export const METRICS_FALLBACK_POLL_MS = 5 * 60_000;

/**
 * With signals, metric pages still load again after this long without a load, in case a
 * signal was lost; the backend keeps announcing a view for a while longer than this after
 * its last load.
 */
export const METRICS_SAFETY_POLL_MS = 15 * 60_000;
