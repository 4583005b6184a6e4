import { MetricWindow } from '@stagecraft/plugin-pipelines-common';
import {
  Clock,
  MetricsSource,
  StageFetchResult,
  StageMetricsRequest,
} from '../types';
import { simulateStage } from './simulateStage';

/**
 * Realistic, deterministic metrics for when there is no `aws` configuration (local
 * development and demos). Every response carries `source: simulated`.
 */
export class SimulatedMetricsSource implements MetricsSource {
  readonly kind = 'simulated' as const;

  constructor(private readonly clock: Clock = Date.now) {}

  async fetch(
    requests: StageMetricsRequest[],
    window: MetricWindow,
  ): Promise<Map<string, StageFetchResult>> {
    const fetchedAt = new Date(this.clock()).toISOString();
    return new Map(
      requests.map(request => [
        request.key,
        {
          series: simulateStage(
            request.target.stageType,
            request.hints,
            request.metrics,
            window,
          ),
          freshness: { fetchedAt, stale: false },
        },
      ]),
    );
  }
}
