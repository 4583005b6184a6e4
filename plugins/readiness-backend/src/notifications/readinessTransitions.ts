import { NotificationSeverity } from '@backstage/plugin-notifications-common';
import { entityPageLink, ObservedState } from '@stagecraft/backend-node';
import {
  CheckResult,
  EntityReadiness,
  readinessNotificationTopic,
  ROLL_UP_CHECK_IDS,
} from '@stagecraft/plugin-readiness-common';

/** The transition key of an entity's check; also the notification's scope. */
export const readinessTransitionKey = (entityRef: string, checkId: string) =>
  `readiness:${checkId}:${entityRef}`;

function nameOf(result: EntityReadiness): string {
  return result.title ?? result.entityRef.replace(/^[^:]+:(default\/)?/, '');
}

function describeFailure(check: CheckResult): string {
  return [
    check.reason,
    check.fix,
    check.fixUrl && `How to fix: ${check.fixUrl}`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** A failing check of severity error is high, a warning normal; a recovery is low. */
function severityOf(check: CheckResult): NotificationSeverity {
  if (check.status !== 'fail') return 'low';
  return check.severity === 'error' ? 'high' : 'normal';
}

/**
 * The state of each check of each result, for the transition tracker: `failing` or
 * `passing`. Left out: checks that could not be completed (`error`, e.g. PagerDuty timed
 * out: neither a pass nor a fail, so it changes nothing), checks an approved exemption lets
 * off (`exempt`: the owner hears of the exemption's expiry instead), roll-ups (`production-complete`
 * fails with the checks it rolls up; the owner hears of those), and entities that could
 * not be evaluated at all.
 */
export function readinessTransitionStates(
  results: EntityReadiness[],
): ObservedState[] {
  const states: ObservedState[] = [];
  for (const result of results) {
    if (result.error) continue;
    for (const check of result.checks) {
      if (
        check.status === 'error' ||
        check.status === 'exempt' ||
        ROLL_UP_CHECK_IDS.includes(check.checkId)
      )
        continue;
      const failing = check.status === 'fail';
      states.push({
        key: readinessTransitionKey(result.entityRef, check.checkId),
        entityRef: result.entityRef,
        ownerRef: result.owner,
        state: failing ? 'failing' : 'passing',
        severity: severityOf(check),
        topic: readinessNotificationTopic(check.checkId),
        title: failing
          ? `${nameOf(result)}: readiness check "${check.title}" is failing`
          : `${nameOf(result)}: readiness check "${check.title}" passes again`,
        description: failing ? describeFailure(check) : check.reason,
        link: entityPageLink(result.entityRef),
        // A run that evaluated earlier but finishes later cannot turn a newer state back.
        observedAt: new Date(result.evaluatedAt),
      });
    }
  }
  return states;
}
