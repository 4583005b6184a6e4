import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { NotificationSeverity } from '@backstage/plugin-notifications-common';
import { entityPageLink, messageOf } from '@stagecraft/backend-node';
import {
  Exemption,
  READINESS_EXEMPTION_TOPIC,
} from '@stagecraft/plugin-readiness-common';

/** What an exemption notification says, before it is addressed. */
type ExemptionMessage = {
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
    title: `Exemption from "${checkTitle}" on ${exemption.entityRef} has expired`,
    description: `The check counts as it stands again since ${day(
      exemption.expiresAt,
    )}. Fix it, or request a new exemption with a reason.`,
    severity: 'high',
  };
}

/** Sends exemption notifications on the `readiness:exemption` topic; a failed send is logged. */
export class ExemptionNotifier {
  constructor(
    private readonly deps: {
      notifications: NotificationService;
      logger: LoggerService;
    },
  ) {}

  async send(
    recipientRef: string,
    exemption: Exemption,
    message: ExemptionMessage,
  ): Promise<void> {
    try {
      await this.deps.notifications.send({
        recipients: { type: 'entity', entityRef: recipientRef },
        payload: {
          ...message,
          link: entityPageLink(exemption.entityRef),
          topic: READINESS_EXEMPTION_TOPIC,
          scope: `${READINESS_EXEMPTION_TOPIC}:${exemption.id}`,
        },
      });
    } catch (error) {
      this.deps.logger.warn(
        `Notifying ${recipientRef} about readiness exemption ${
          exemption.id
        } failed: ${messageOf(error)}`,
      );
    }
  }
}
