import {
  ANNOTATION_OPSGENIE_TEAM,
  ANNOTATION_PAGERDUTY_SERVICE_ID,
} from '@stagecraft/catalog-conventions-common';
import {
  EscalationTarget,
  problemWithPagerDutyId,
  resolveEscalation,
} from './resolveEscalation';
import { fail, pass, ReadinessCheck } from './types';

export const CATALOG_ONLY_ESCALATION_NOTE =
  'Checked from catalog YAML only: the on-call service was not looked up in PagerDuty or Opsgenie.';

function describe(target: EscalationTarget): string {
  const name =
    target.provider === 'pagerduty'
      ? `PagerDuty service ${target.id}`
      : `Opsgenie team ${target.id}`;
  return target.inherited ? `${name} (from owner ${target.declaredOn})` : name;
}

export const escalationPolicyCheck: ReadinessCheck = {
  id: 'escalation-policy',
  evaluate(entity, { catalog }) {
    const targets = resolveEscalation(entity, catalog);
    if (targets.length === 0) {
      return fail(
        `Nobody is paged: neither the entity nor its owning Group has ${ANNOTATION_PAGERDUTY_SERVICE_ID} or ${ANNOTATION_OPSGENIE_TEAM}.`,
        `Add ${ANNOTATION_PAGERDUTY_SERVICE_ID} (the PagerDuty service id) or ${ANNOTATION_OPSGENIE_TEAM} to the entity or its owning Group.`,
      );
    }
    const malformed = targets.flatMap(target => {
      const problem =
        target.provider === 'pagerduty'
          ? problemWithPagerDutyId(target.id)
          : undefined;
      return problem
        ? [`${target.annotation} on ${target.declaredOn} ${problem}`]
        : [];
    });
    if (malformed.length > 0) {
      return fail(
        `${malformed.join('; ')}.`,
        `Set ${ANNOTATION_PAGERDUTY_SERVICE_ID} to the id shown in the PagerDuty service URL.`,
      );
    }
    const details: Record<string, string> = {};
    const pagerduty = targets.find(t => t.provider === 'pagerduty');
    const opsgenie = targets.find(t => t.provider === 'opsgenie');
    if (pagerduty) details.pagerdutyServiceId = pagerduty.id;
    if (opsgenie) details.opsgenieTeam = opsgenie.id;
    // The owner's services: served only to whoever may read the owner.
    if (targets[0].inherited) details.declaredOn = targets[0].declaredOn;
    return pass(`Paged through ${targets.map(describe).join(' and ')}.`, {
      notes: [CATALOG_ONLY_ESCALATION_NOTE],
      details,
    });
  },
};
