import { MonitoredStageType } from '@stagecraft/plugin-pipelines-common';

/** Metrics drawn together in one chart. */
export interface ChartGroup {
  title: string;
  metricIds: string[];
}

export const CHART_GROUPS: Record<MonitoredStageType, ChartGroup[]> = {
  'lambda-function': [
    { title: 'Invocations', metricIds: ['invocations'] },
    { title: 'Errors and throttles', metricIds: ['errors', 'throttles'] },
    {
      title: 'Duration',
      metricIds: ['durationP50', 'durationP99', 'durationMax'],
    },
    { title: 'Iterator age', metricIds: ['iteratorAgeMs'] },
    { title: 'Concurrent executions', metricIds: ['concurrentExecutions'] },
  ],
  'kinesis-stream': [
    { title: 'Incoming records', metricIds: ['incomingRecords'] },
    { title: 'Incoming bytes', metricIds: ['incomingBytes'] },
    { title: 'Iterator age (GetRecords)', metricIds: ['iteratorAgeMs'] },
    {
      title: 'Throughput exceeded',
      metricIds: ['readThrottles', 'writeThrottles'],
    },
  ],
  'firehose-delivery-stream': [
    { title: 'Incoming records', metricIds: ['incomingRecords'] },
    { title: 'Delivery to S3 success', metricIds: ['deliveryToS3Success'] },
    {
      title: 'Delivery to S3 data freshness',
      metricIds: ['dataFreshnessSeconds'],
    },
  ],
  'sqs-queue': [
    { title: 'Messages visible', metricIds: ['visibleMessages'] },
    { title: 'Age of oldest message', metricIds: ['oldestMessageAgeSeconds'] },
  ],
  'state-machine': [
    { title: 'Executions started', metricIds: ['executionsStarted'] },
    {
      title: 'Failed and timed out',
      metricIds: ['executionsFailed', 'executionsTimedOut'],
    },
  ],
};
