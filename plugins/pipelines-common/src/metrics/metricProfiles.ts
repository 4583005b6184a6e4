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

const kinesis = (
  id: string,
  label: string,
  metricName: string,
  statistic: MetricStatistic,
  unit: MetricUnit,
): MetricDefinition => ({
  id,
  label,
  namespace: 'AWS/Kinesis',
  metricName,
  statistic,
  unit,
});
const lambda = (
  id: string,
  label: string,
  metricName: string,
  statistic: MetricStatistic,
  unit: MetricUnit,
): MetricDefinition => ({
  id,
  label,
  namespace: 'AWS/Lambda',
  metricName,
  statistic,
  unit,
});

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
      {
        id: 'incomingRecords',
        label: 'Incoming records',
        namespace: 'AWS/Firehose',
        metricName: 'IncomingRecords',
        statistic: 'Sum',
        unit: 'count',
      },
      {
        id: 'deliveryToS3Success',
        label: 'Delivery to S3 success',
        namespace: 'AWS/Firehose',
        metricName: 'DeliveryToS3.Success',
        statistic: 'Average',
        unit: 'ratio',
      },
      {
        id: 'dataFreshnessSeconds',
        label: 'Delivery to S3 data freshness',
        namespace: 'AWS/Firehose',
        metricName: 'DeliveryToS3.DataFreshness',
        statistic: 'Maximum',
        unit: 'seconds',
      },
    ],
  },
  'sqs-queue': {
    dimensionName: 'QueueName',
    keyMetric: 'visibleMessages',
    metrics: [
      {
        id: 'visibleMessages',
        label: 'Messages visible',
        namespace: 'AWS/SQS',
        metricName: 'ApproximateNumberOfMessagesVisible',
        statistic: 'Maximum',
        unit: 'count',
      },
      {
        id: 'oldestMessageAgeSeconds',
        label: 'Age of oldest message',
        namespace: 'AWS/SQS',
        metricName: 'ApproximateAgeOfOldestMessage',
        statistic: 'Maximum',
        unit: 'seconds',
      },
    ],
  },
  'state-machine': {
    dimensionName: 'StateMachineArn',
    keyMetric: 'executionsStarted',
    metrics: [
      {
        id: 'executionsStarted',
        label: 'Executions started',
        namespace: 'AWS/States',
        metricName: 'ExecutionsStarted',
        statistic: 'Sum',
        unit: 'count',
      },
      {
        id: 'executionsFailed',
        label: 'Executions failed',
        namespace: 'AWS/States',
        metricName: 'ExecutionsFailed',
        statistic: 'Sum',
        unit: 'count',
      },
      {
        id: 'executionsTimedOut',
        label: 'Executions timed out',
        namespace: 'AWS/States',
        metricName: 'ExecutionsTimedOut',
        statistic: 'Sum',
        unit: 'count',
      },
    ],
  },
};

/** The metric definitions of a stage type. */
export function metricsOf(stageType: MonitoredStageType): MetricDefinition[] {
  return METRIC_PROFILES[stageType].metrics;
}
