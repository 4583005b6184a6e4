import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { SignalsService } from '@backstage/plugin-signals-node';
import {
  Freshness,
  PipelineMetricsSignal,
  pipelineMetricsSignalChannel,
} from '@stagecraft/plugin-pipelines-common';
import { MetricsWatch, WatchedView } from './MetricsWatch';
import { PipelinesService } from './PipelinesService';

export interface MetricsSignalPublisherOptions {
  watch: MetricsWatch;
  service: PipelinesService;
  /** The plugin's own credentials fetch the views (the signal goes only to users who loaded them). */
  auth: AuthService;
  signals: SignalsService;
  logger: LoggerService;
}

const fresh = (freshness: Freshness | undefined) =>
  !!freshness && !freshness.stale && !freshness.error;

/**
 * Pushes instead of every page polling. On each pass (the plugin runs one every few
 * seconds), every watched view whose metric period has turned is fetched once (through the
 * metrics cache, so the pages' own requests that follow are cache hits, and replicas share
 * the CloudWatch call), and when its new window came back fresh a signal on
 * `pipelines:metrics:<entity ref>` tells the users who have it open to load it again. A
 * window that failed or came back stale is not announced: the next pass tries again.
 *
 * The message names the range and the window's end, nothing else; it goes only to the
 * users who loaded the view (each of whom could read the entity then).
 */
export class MetricsSignalPublisher {
  constructor(private readonly options: MetricsSignalPublisherOptions) {}

  /** One pass; resolves to the number of signals published. */
  async publishDue(): Promise<number> {
    const due = this.options.watch.due();
    if (due.length === 0) return 0;
    const credentials = await this.options.auth.getOwnServiceCredentials();
    const published = await Promise.all(
      due.map(async view => {
        try {
          if (!(await this.fetchedFresh(view, credentials))) return false;
          await this.options.signals.publish<PipelineMetricsSignal>({
            recipients: { type: 'user', entityRef: view.users },
            channel: pipelineMetricsSignalChannel(view.ref),
            message: { range: view.range, windowEnd: view.windowEnd },
          });
          this.options.watch.published(view.key, view.windowEnd);
          return true;
        } catch (error) {
          this.options.logger.warn(
            `Pipelines: could not refresh or announce the ${view.range} ${
              view.facet
            } of ${pipelineMetricsSignalChannel(view.ref)}: ${
              error instanceof Error ? error.message : String(error)
            }`,
          );
          return false;
        }
      }),
    );
    return published.filter(Boolean).length;
  }

  private async fetchedFresh(
    view: WatchedView & { windowEnd: number },
    credentials: Awaited<ReturnType<AuthService['getOwnServiceCredentials']>>,
  ): Promise<boolean> {
    const { service } = this.options;
    if (view.facet === 'pipeline') {
      const pipeline = await service.getPipelineView(view.ref, view.range, {
        credentials,
      });
      return (
        pipeline.window.end === view.windowEnd &&
        pipeline.stages.some(stage => fresh(stage.freshness))
      );
    }
    const metrics = await service.getStageMetrics(view.ref, view.range, {
      credentials,
    });
    return (
      metrics.window.end === view.windowEnd && fresh(metrics.stage.freshness)
    );
  }
}
