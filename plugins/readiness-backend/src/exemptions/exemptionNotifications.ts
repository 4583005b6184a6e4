import { ServiceUnavailableError } from '@backstage/errors';
import { NotificationSeverity } from '@backstage/plugin-notifications-common';
import {
  entityPageLink,
  messageOf,
  NotificationOutbox,
} from '@stagecraft/backend-node';
import {
  Exemption,
  READINESS_EXEMPTION_TOPIC,
} from '@stagecraft/plugin-readiness-common';
import { Knex } from 'knex';

/** What an exemption notification says, before it is addressed. */
type ExemptionMessage = {
  /** What happened; an exemption has at most one message of each. */
  event: 'decided' | 'reminded' | 'expired';
  title: string;
  description: string;
  severity: NotificationSeverity;
};

const day = (iso: string) => iso.slice(0, 10);

/** The requester hears the decision. */
export function decisionMessage(
  exemption: Exemption,
  checkTitle: string,
): ExemptionMessage {
  const approved = exemption.state === 'approved';
  const comment = exemption.decisionComment
    ? ` ${exemption.decidedBy ?? 'The approver'} wrote: ${
        exemption.decisionComment
      }`
    : '';
  return {
    event: 'decided',
    title: `Exemption from "${checkTitle}" on ${exemption.entityRef} ${
      approved ? 'approved' : 'denied'
    }`,
    description: approved
      ? `The check counts as passing with an exemption until ${day(
          exemption.expiresAt,
        )}.${comment}`
      : `The check counts as it stands.${comment}`,
    severity: approved ? 'low' : 'normal',
  };
}

/** The owner hears the expiry is near. */
export function reminderMessage(
  exemption: Exemption,
  checkTitle: string,
): ExemptionMessage {
  return {
    event: 'reminded',
    title: `Exemption from "${checkTitle}" on ${
      exemption.entityRef
    } expires on ${day(exemption.expiresAt)}`,
    description: `After that the check counts as it stands. Fix it, or request a new exemption with a reason. Exempted because: ${exemption.reason}`,
    severity: 'normal',
  };
}

/** The owner hears it has expired. */
export function expiryMessage(
  exemption: Exemption,
  checkTitle: string,
): ExemptionMessage {
  return {
    event: 'expired',
    title: `Exemption from "${checkTitle}" on ${exemption.entityRef} has expired`,
    description: `The check counts as it stands again since ${day(
      exemption.expiresAt,
    )}. Fix it, or request a new exemption with a reason.`,
    severity: 'high',
  };
}

/**
 * Records exemption notifications on the `readiness:exemption` topic in the outbox, in the
 * transaction that records what they tell of: a notice is kept exactly when its change is,
 * sent once across replicas after the commit, in the background, and retried by a scheduled
 * pass when the notifications backend fails or hangs.
 */
export class ExemptionNotifier {
  constructor(private readonly deps: { outbox: NotificationOutbox }) {}

  /**
   * Records the message for `recipientRef` in `tx`; never waits for the notifications
   * backend. Rejects when it cannot be recorded, so that `tx` rolls back the change too.
   */
  async record(
    tx: Knex.Transaction,
    recipientRef: string,
    exemption: Exemption,
    { event, ...message }: ExemptionMessage,
  ): Promise<void> {
    const scope = `${READINESS_EXEMPTION_TOPIC}:${exemption.id}`;
    try {
      await this.deps.outbox.enqueue(
        `${scope}:${event}`,
        {
          recipients: { type: 'entity', entityRef: recipientRef },
          payload: {
            ...message,
            link: entityPageLink(exemption.entityRef),
            topic: READINESS_EXEMPTION_TOPIC,
            scope,
          },
        },
        { transaction: tx },
      );
    } catch (error) {
      throw new ServiceUnavailableError(
        `Recording the notification of ${recipientRef} about readiness exemption ${
          exemption.id
        } (${event}) failed, so the exemption was not changed: ${messageOf(
          error,
        )}`,
      );
    }
  }
}
