import { StageHealth, HealthState } from './health/state';
import { MetricSeries } from './metrics/series';
import { TimeRange } from './metrics/timeRange';
import { FlowEdge } from './model/pipelineFlow';
import { MonitoredStageType, StageType } from './model/stageTypes';

/** Where metrics come from: CloudWatch, or the simulated source when no `aws` config exists. */
export type MetricsSourceKind = 'cloudwatch' | 'simulated';

/** How fresh some data is. `stale` data is the last good copy, served because a fetch failed or was slow. */
export interface Freshness {
  /** When the data was fetched from its source (ISO 8601). */
  fetchedAt: string;
  stale: boolean;
  /** Age of stale data in ms at the time of the response. */
  staleAgeMs?: number;
  /** Why fresh data could not be had, in plain words (e.g. AccessDenied for account X). */
  error?: string;
}

/** The AWS resource of a stage, without anything secret. */
export interface StageAwsInfo {
  accountId: string;
  region: string;
  resourceName: string;
  arn?: string;
}

export interface StageStatus {
  ref: string;
  kind: string;
  name: string;
  title: string;
  stageType?: StageType;
  specType?: string;
  aws?: StageAwsInfo;
  missing: boolean;
  health: StageHealth;
  /** The stage's key metric over the requested range, for a sparkline. */
  keyMetric?: MetricSeries;
  /** Undefined for stages that have no metrics. */
  freshness?: Freshness;
  /** Catalog problems with this stage, each naming the annotation or field. */
  problems: string[];
}

export interface PipelineView {
  pipeline: { ref: string; title: string };
  source: MetricsSourceKind;
  range: TimeRange;
  periodSeconds: number;
  window: { start: number; end: number };
  /** Worst state of any stage. */
  health: HealthState;
  stages: StageStatus[];
  edges: FlowEdge[];
  problems: string[];
  generatedAt: string;
}

export interface StageMetrics {
  stage: StageStatus;
  source: MetricsSourceKind;
  range: TimeRange;
  periodSeconds: number;
  window: { start: number; end: number };
  series: MetricSeries[];
  generatedAt: string;
}

export interface KinesisStreamConfig {
  type: 'kinesis-stream';
  status?: string;
  mode?: string;
  openShardCount?: number;
  retentionHours?: number;
  encryption?: string;
  consumers: { name: string; status?: string }[];
}

export interface EventSourceMappingConfig {
  uuid?: string;
  eventSourceArn?: string;
  state?: string;
  batchSize?: number;
  maximumBatchingWindowSeconds?: number;
  parallelizationFactor?: number;
  startingPosition?: string;
  onFailureDestination?: string;
  /** `ScalingConfig.MaximumConcurrency` of an SQS mapping, when set. */
  maximumConcurrency?: number;
}

export interface LambdaFunctionConfig {
  type: 'lambda-function';
  runtime?: string;
  memoryMb?: number;
  timeoutSeconds?: number;
  /** null when the function has no reserved concurrency. */
  reservedConcurrency: number | null;
  lastModified?: string;
  eventSourceMappings: EventSourceMappingConfig[];
}

export interface SqsQueueConfig {
  type: 'sqs-queue';
  fifo: boolean;
  visibilityTimeoutSeconds?: number;
  messageRetentionSeconds?: number;
  deadLetterTargetArn?: string;
  maxReceiveCount?: number;
}

export interface FirehoseConfig {
  type: 'firehose-delivery-stream';
  status?: string;
  sourceType?: string;
  sourceArn?: string;
  destination?: string;
  bufferingSeconds?: number;
  bufferingMb?: number;
}

export interface StateMachineConfig {
  type: 'state-machine';
  machineType?: string;
  status?: string;
  loggingLevel?: string;
  tracingEnabled?: boolean;
}

export type StageLiveConfig =
  | KinesisStreamConfig
  | LambdaFunctionConfig
  | SqsQueueConfig
  | FirehoseConfig
  | StateMachineConfig;

export interface StageConfigResponse {
  ref: string;
  stageType?: MonitoredStageType;
  source: MetricsSourceKind;
  /** Undefined when the configuration could not be read and no earlier copy exists. */
  config?: StageLiveConfig;
  freshness?: Freshness;
  problems: string[];
}
