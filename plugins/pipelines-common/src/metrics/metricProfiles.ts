import { MonitoredStageType } from '../model/stageTypes';

/** CloudWatch statistic of a metric query. */
export type MetricStatistic =
  | 'Sum'
  | 'Average'
  | 'Maximum'
  | 'Minimum'
  | 'SampleCount'
  | 'p50'
  | 'p99';

export type MetricUnit =
  | 'count'
  | 'bytes'
  | 'milliseconds'
  | 'seconds'
  | 'ratio';

/** One CloudWatch metric a stage type is watched with. */
export interface MetricDefinition {
  /** Stable id used in API responses and health rules, e.g. `iteratorAgeMs`. */
  id: string;
  label: string;
  namespace: string;
  metricName: string;
  statistic: MetricStatistic;
  unit: MetricUnit;
}

export interface StageMetricProfile {
  /** CloudWatch dimension that identifies the resource. */
  dimensionName: string;
  /** The metric drawn as the stage's sparkline in the flow diagram. */
  keyMetric: string;
  /** A traffic metric: when a stream that normally has traffic gets none, data stopped. */
  trafficMetric?: string;
  metrics: MetricDefinition[];
}

/** A builder of the metric definitions of one CloudWatch namespace. */
const metricsIn =
  (namespace: string) =>
  (
    id: string,
    label: string,
    metricName: string,
    statistic: MetricStatistic,
    unit: MetricUnit,
  ): MetricDefinition => ({
    id,
    label,
    namespace,
    metricName,
    statistic,
    unit,
  });
const kinesis = metricsIn('AWS/Kinesis');
const lambda = metricsIn('AWS/Lambda');
const firehose = metricsIn('AWS/Firehose');
const sqs = metricsIn('AWS/SQS');
const states = metricsIn('AWS/States');

/** What is fetched from CloudWatch for each monitored stage type. */
export const METRIC_PROFILES: Record<MonitoredStageType, StageMetricProfile> = {
  'kinesis-stream': {
    dimensionName: 'StreamName',
    keyMetric: 'incomingRecords',
    trafficMetric: 'incomingRecords',
    metrics: [
      kinesis(
        'incomingRecords',
        'Incoming records',
        'IncomingRecords',
        'Sum',
        'count',
      ),
      kinesis(
        'incomingBytes',
        'Incoming bytes',
        'IncomingBytes',
        'Sum',
        'bytes',
      ),
      kinesis(
        'iteratorAgeMs',
        'Iterator age (GetRecords)',
        'GetRecords.IteratorAgeMilliseconds',
        'Maximum',
        'milliseconds',
      ),
      kinesis(
        'readThrottles',
        'Read throughput exceeded',
        'ReadProvisionedThroughputExceeded',
        'Sum',
        'count',
      ),
      kinesis(
        'writeThrottles',
        'Write throughput exceeded',
        'WriteProvisionedThroughputExceeded',
        'Sum',
        'count',
      ),
    ],
  },
  'lambda-function': {
    dimensionName: 'FunctionName',
    keyMetric: 'invocations',
    metrics: [
      lambda('invocations', 'Invocations', 'Invocations', 'Sum', 'count'),
      lambda('errors', 'Errors', 'Errors', 'Sum', 'count'),
      lambda('throttles', 'Throttles', 'Throttles', 'Sum', 'count'),
      lambda('durationP50', 'Duration p50', 'Duration', 'p50', 'milliseconds'),
      lambda('durationP99', 'Duration p99', 'Duration', 'p99', 'milliseconds'),
      lambda(
        'durationMax',
        'Duration max',
        'Duration',
        'Maximum',
        'milliseconds',
      ),
      lambda(
        'iteratorAgeMs',
        'Iterator age',
        'IteratorAge',
        'Maximum',
        'milliseconds',
      ),
      lambda(
        'concurrentExecutions',
        'Concurrent executions',
        'ConcurrentExecutions',
        'Maximum',
        'count',
      ),
    ],
  },
  'firehose-delivery-stream': {
    dimensionName: 'DeliveryStreamName',
    keyMetric: 'incomingRecords',
    trafficMetric: 'incomingRecords',
    metrics: [
      firehose(
        'incomingRecords',
        'Incoming records',
        'IncomingRecords',
        'Sum',
        'count',
      ),
      firehose(
        'deliveryToS3Success',
        'Delivery to S3 success',
        'DeliveryToS3.Success',
        'Average',
        'ratio',
      ),
      firehose(
        'dataFreshnessSeconds',
        'Delivery to S3 data freshness',
        'DeliveryToS3.DataFreshness',
        'Maximum',
        'seconds',
      ),
    ],
  },
  'sqs-queue': {
    dimensionName: 'QueueName',
    keyMetric: 'visibleMessages',
    metrics: [
      sqs(
        'visibleMessages',
        'Messages visible',
        'ApproximateNumberOfMessagesVisible',
        'Maximum',
        'count',
      ),
      sqs(
        'oldestMessageAgeSeconds',
        'Age of oldest message',
        'ApproximateAgeOfOldestMessage',
        'Maximum',
        'seconds',
      ),
    ],
  },
  'state-machine': {
    dimensionName: 'StateMachineArn',
    keyMetric: 'executionsStarted',
    metrics: [
      states(
        'executionsStarted',
        'Executions started',
        'ExecutionsStarted',
        'Sum',
        'count',
      ),
      states(
        'executionsFailed',
        'Executions failed',
        'ExecutionsFailed',
        'Sum',
        'count',
      ),
      states(
        'executionsTimedOut',
        'Executions timed out',
        'ExecutionsTimedOut',
        'Sum',
        'count',
      ),
    ],
  },
};

/** The metric definitions of a stage type. */
export function metricsOf(stageType: MonitoredStageType): MetricDefinition[] {
  return METRIC_PROFILES[stageType].metrics;
}
