import { LoggerService } from '@backstage/backend-plugin-api';
import {
  messageOf,
  ObservedState,
  TransitionTracker,
} from '@stagecraft/backend-node';
import { SecretsReviewResponse } from '@stagecraft/plugin-secrets-common';
import {
  DriftTransitionListener,
  DriftTransitions,
} from '../drift/DriftTransitionListener';
import { complianceTransitionStates } from './complianceTransitionStates';
import { driftTransitionStates } from './driftTransitionStates';

/**
 * Notifies owners of drift findings and compliance verdicts that turn bad, and back,
 * through the transition tracker: once per transition across replicas, retried on the next
 * run when a send fails.
 */
export class SecretsNotifier implements DriftTransitionListener {
  constructor(
    private readonly options: {
      tracker: Pick<TransitionTracker, 'observe'>;
      logger: LoggerService;
    },
  ) {}

  /** After each store's run: its notified findings, and those it resolved. */
  async onTransitions(transitions: DriftTransitions): Promise<void> {
    await this.observe(
      `drift of ${transitions.store}`,
      driftTransitionStates(transitions),
    );
  }

  /** Every secret's compliance verdict in the review `load` gives. Never rejects: a failure is logged. */
  async observeReview(
    load: () => Promise<SecretsReviewResponse>,
  ): Promise<void> {
    try {
      await this.observe(
        'compliance',
        complianceTransitionStates(await load()),
      );
    } catch (error) {
      this.options.logger.warn(
        `Secrets notifications: the compliance of the secrets could not be observed: ${messageOf(
          error,
        )}`,
      );
    }
  }

  private async observe(what: string, states: ObservedState[]): Promise<void> {
    if (states.length === 0) return;
    const summary = await this.options.tracker.observe(states);
    if (summary.sent || summary.failed) {
      this.options.logger.info(
        `Secrets notifications (${what}): ${summary.sent} sent, ${summary.failed} failed (retried next run)`,
      );
    }
  }
}
