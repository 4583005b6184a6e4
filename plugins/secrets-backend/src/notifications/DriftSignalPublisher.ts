import { LoggerService } from '@backstage/backend-plugin-api';
import { SignalsService } from '@backstage/plugin-signals-node';
import {
  SECRETS_DRIFT_SIGNAL_CHANNEL,
  SecretsDriftSignal,
} from '@stagecraft/plugin-secrets-common';
import {
  DriftTransitionListener,
  DriftTransitions,
  findingsChanged,
} from '../drift/DriftTransitionListener';

/**
 * Publishes a signal on `secrets:drift` to every signed-in user when a run changes a
 * store's findings, so open Drift views can load them again. The message names no store:
 * the signal reaches users who may not read it, and the view's reload is filtered as usual.
 */
export class DriftSignalPublisher implements DriftTransitionListener {
  constructor(
    private readonly options: {
      signals: SignalsService;
      logger: LoggerService;
    },
  ) {}

  async onTransitions(transitions: DriftTransitions): Promise<void> {
    if (!findingsChanged(transitions)) return;
    try {
      await this.options.signals.publish<SecretsDriftSignal>({
        recipients: { type: 'broadcast' },
        channel: SECRETS_DRIFT_SIGNAL_CHANNEL,
        message: { checkedAt: transitions.checkedAt },
      });
    } catch (error) {
      this.options.logger.warn(
        `Secrets drift: the ${SECRETS_DRIFT_SIGNAL_CHANNEL} signal could not be published: ${
          error instanceof Error ? error.message : String(error)
        }`,
      );
    }
  }
}
