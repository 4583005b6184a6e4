import { entityPageLink, ObservedState } from '@stagecraft/backend-node';
import {
  ComplianceFinding,
  SECRETS_NOTIFICATION_TOPICS,
  SecretsReviewResponse,
} from '@stagecraft/plugin-secrets-common';
import { notifiableRef } from './notificationText';

/** The transition key of a secret's compliance; also the notification's scope. */
export const complianceTransitionKey = (secretRef: string) =>
  `${SECRETS_NOTIFICATION_TOPICS['non-compliant']}:${secretRef}`;

const sentence = (text: string) =>
  /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;

function describeFailures(errors: ComplianceFinding[]): string {
  const rules = errors.map(f => f.ruleId).join(', ');
  return [
    `Failing rules: ${rules}.`,
    ...errors.map(
      f => `${f.ruleId}: ${sentence(f.message)} ${sentence(f.fix)}`,
    ),
  ].join(' ');
}

/**
 * Each secret's compliance verdict in the review, for the transition tracker: `failing`
 * when the secret is non-compliant (a finding of severity `error`), else `passing`. Told to
 * the secret's owner, with the failing rules and their fixes, linking to the secret's page.
 * A secret without a valid owner (itself a failing rule) is told to nobody.
 */
export function complianceTransitionStates(
  review: SecretsReviewResponse,
): ObservedState[] {
  const observedAt = new Date(review.generatedAt);
  return review.items.map(item => {
    const name = item.title ?? item.name;
    const failing = !item.compliance.compliant;
    const errors = item.compliance.findings.filter(f => f.severity === 'error');
    return {
      key: complianceTransitionKey(item.entityRef),
      entityRef: item.entityRef,
      ownerRef: notifiableRef(item.owner),
      state: failing ? 'failing' : 'passing',
      severity: failing ? 'normal' : 'low',
      topic: SECRETS_NOTIFICATION_TOPICS['non-compliant'],
      title: failing
        ? `Secret "${name}" is not compliant`
        : `Secret "${name}" is compliant again`,
      description: failing
        ? describeFailures(errors)
        : 'Every rule of severity error passes now.',
      link: entityPageLink(item.entityRef),
      observedAt,
    };
  });
}
