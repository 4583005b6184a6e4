// All of stagecraft.pipelines is declared here, where the backend, the
// pipeline pages and the lint CLI all see it.

/** A metric is in warning at or above `warning`, critical at or above `critical`. */
interface ThresholdLevelsConfig {
  warning?: number;
  critical?: number;
}

export interface Config {
  stagecraft?: {
    pipelines?: {
      /**
       * Where metrics come from. `auto` (default): CloudWatch when an `aws` section exists
       * (Backstage's AWS integration config), the simulated source otherwise.
       */
      source?: 'auto' | 'cloudwatch' | 'simulated';
      cloudwatch?: {
        /** After this many ms without an answer, serve the last good data marked stale (default 4000). */
        softTimeoutMs?: number;
        /** Abandon a whole fetch (all its AWS requests) after this many ms (default 20000). */
        hardTimeoutMs?: number;
        /**
         * Where GetMetricData is sent instead of AWS's regional endpoint: a VPC endpoint, or a
         * local stand-in that answers (and counts) calls in tests, e.g. `http://127.0.0.1:4566`.
         */
        endpoint?: string;
      };
      aws?: {
        /** Abandon each AWS SDK request after this many ms (default 10000). */
        requestTimeoutMs?: number;
      };
      /** Capacity checks against the expected peak (`stagecraft.io/peak-*` annotations). */
      capacity?: {
        /** Every rate-based need is multiplied by this (default 1.2: 20% headroom); at least 1. */
        headroom?: number;
      };
      /**
       * Default health thresholds of pipeline stages. Entities override them with
       * `stagecraft.io/threshold-*` annotations.
       */
      thresholds?: {
        /** Kinesis and Lambda iterator age, ms. */
        iteratorAgeMs?: ThresholdLevelsConfig;
        /** Lambda errors / invocations, 0..1. */
        errorRate?: ThresholdLevelsConfig;
        /** Throttles (Lambda) or throughput-exceeded requests (Kinesis) per evaluation span. */
        throttles?: ThresholdLevelsConfig;
        /** SQS age of oldest message, seconds. */
        oldestMessageAgeSeconds?: ThresholdLevelsConfig;
        /** SQS visible messages (off unless set). */
        visibleMessages?: ThresholdLevelsConfig;
        /** Firehose DeliveryToS3.DataFreshness, seconds. */
        dataFreshnessSeconds?: ThresholdLevelsConfig;
        /** Step Functions failed + timed-out executions per evaluation span. */
        failedExecutions?: ThresholdLevelsConfig;
        /**
         * Periods without traffic after which a stream that normally has traffic counts as stopped (0: off).
         */
        dataStoppedPeriods?: number;
        /**
         * Recent periods over which counts are summed.
         */
        evaluationPeriods?: number;
      };
    };
  };
}
