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
