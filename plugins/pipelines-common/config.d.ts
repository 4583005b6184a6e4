/** A metric is in warning at or above `warning`, critical at or above `critical`. */
interface ThresholdLevelsConfig {
  warning?: number;
  critical?: number;
}

export interface Config {
  stagecraft?: {
    pipelines?: {
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
