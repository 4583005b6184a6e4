import {
  AwsTarget,
  Freshness,
  MetricDefinition,
  MetricPoint,
  MetricWindow,
  MetricsSourceKind,
} from '@stagecraft/plugin-pipelines-common';

/** What the catalog says about a stage that shapes its simulated traffic. */
export interface SimulationHints {
  /** Seeds the simulation: the entity ref, so every entity has its own deterministic story. */
  seed: string;
  /** A Lambda fed by a Kinesis stream (it has an iterator age). */
  streamSourced?: boolean;
  /** A dead-letter queue: normally empty. */
  deadLetterQueue?: boolean;
  /** Runs on a schedule rather than on traffic. */
  scheduled?: boolean;
}

export interface StageMetricsRequest {
  /** Identifies the request in the result map (the stage ref). */
  key: string;
  target: AwsTarget;
  metrics: MetricDefinition[];
  hints: SimulationHints;
}

/** Series per metric id; undefined when nothing could be had (then `freshness.error` says why). */
export interface StageFetchResult {
  series?: Record<string, MetricPoint[]>;
  freshness: Freshness;
}

export interface MetricsSource {
  readonly kind: MetricsSourceKind;
  /** Fetches every request for one window; never rejects because one stage failed. */
  fetch(
    requests: StageMetricsRequest[],
    window: MetricWindow,
  ): Promise<Map<string, StageFetchResult>>;
}

export type Clock = () => number;
