import { SchedulerService } from '@backstage/backend-plugin-api';
import { METRICS_SIGNAL_CHECK_SECONDS } from '@stagecraft/plugin-pipelines-common';
import {
  MetricsSignalPublisher,
  MetricsSignalPublisherOptions,
} from './MetricsSignalPublisher';

/**
 * Runs `MetricsSignalPublisher` every few seconds on this replica (each replica announces
 * the views its own users load; the CloudWatch call behind them is shared through the cache).
 */
export async function scheduleMetricsSignals(
  options: MetricsSignalPublisherOptions & {
    scheduler: SchedulerService;
    everySeconds?: number;
  },
): Promise<MetricsSignalPublisher> {
  const publisher = new MetricsSignalPublisher(options);
  await options.scheduler.scheduleTask({
    id: 'pipelines-metrics-signals',
    scope: 'local',
    frequency: {
      seconds: options.everySeconds ?? METRICS_SIGNAL_CHECK_SECONDS,
    },
    timeout: { seconds: 60 },
    fn: async () => {
      await publisher.publishDue();
    },
  });
  return publisher;
}
