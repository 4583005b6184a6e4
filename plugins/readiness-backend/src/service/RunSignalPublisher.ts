import { LoggerService } from '@backstage/backend-plugin-api';
import { SignalsService } from '@backstage/plugin-signals-node';
import {
  READINESS_RUNS_SIGNAL_CHANNEL,
  ReadinessRunSignal,
} from '@stagecraft/plugin-readiness-common';
import { messageOf } from '@stagecraft/backend-node';

/**
 * Tells every open Readiness page that a whole-catalog run has finished, on
 * `readiness:runs`, so that it loads again rather than waiting for a reload. The message
 * names the run, its outcome and when it finished, no entity or result, so it goes to
 * every user (a broadcast).
 */
export class RunSignalPublisher {
  constructor(
    private readonly options: {
      signals: SignalsService;
      logger: LoggerService;
    },
  ) {}

  /** Publishes that the run finished; a failure is logged, never thrown: the run stands. */
  async runFinished(message: ReadinessRunSignal): Promise<void> {
    try {
      await this.options.signals.publish<ReadinessRunSignal>({
        recipients: { type: 'broadcast' },
        channel: READINESS_RUNS_SIGNAL_CHANNEL,
        message,
      });
    } catch (error) {
      this.options.logger.warn(
        `Readiness: could not announce that run ${
          message.runId
        } finished (pages show it on their next load): ${messageOf(error)}`,
      );
    }
  }
}
