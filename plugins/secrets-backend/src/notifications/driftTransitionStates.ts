import { entityPageLink, ObservedState } from '@stagecraft/backend-node';
import {
  DriftFinding,
  NotifiedDriftKind,
  SECRETS_NOTIFICATION_TOPICS,
} from '@stagecraft/plugin-secrets-common';
import { DriftTransitions } from '../drift/DriftTransitionListener';
import { driftTabLink } from './driftTabLink';
import {
  displayNameOf,
  notificationSeverityOf,
  ownerOf,
} from './notificationText';

type NotifiedFinding = DriftFinding & { kind: NotifiedDriftKind };

/**
 * What a kind of finding is called in a title. `rotation-disabled` and `unused` are not
 * notified: they are standing hygiene (a store setting, an idle item) shown on the Drift tab,
 * not something that turned bad; `rotation-overdue` and `expiring` are their consequences.
 */
const KIND_TITLES: Record<NotifiedDriftKind, string> = {
  shadow: 'Shadow secret',
  ghost: 'Ghost secret',
  'rotation-overdue': 'Rotation overdue',
  expiring: 'Expiring',
};

const NOTIFIED_KINDS = new Set<string>(Object.keys(KIND_TITLES));

const isNotified = (finding: DriftFinding): finding is NotifiedFinding =>
  NOTIFIED_KINDS.has(finding.kind);

/** The transition key of a finding (kind, store, and the secret, else the item); also its scope. */
export function driftTransitionKey(finding: DriftFinding): string {
  const about = finding.secret
    ? `secret:${finding.secret}`
    : `item:${finding.item ?? ''}`;
  return `secrets:${finding.kind}:${finding.store}:${about}`;
}

/** An expiring item's state says whether it has expired, so expiring → expired is told too. */
function failingStateOf(finding: NotifiedFinding): string {
  if (finding.kind !== 'expiring') return 'failing';
  return finding.severity === 'error' ? 'expired' : 'expiring';
}

function kindTitleOf(finding: NotifiedFinding): string {
  return failingStateOf(finding) === 'expired'
    ? 'Expired'
    : KIND_TITLES[finding.kind];
}

/**
 * The state of each notified finding of a store's run, for the transition tracker: every
 * current finding of kind `shadow`, `ghost`, `rotation-overdue` or `expiring` is bad, each
 * of those the run resolved is `resolved` (good), so a finding that comes back is a new
 * transition. A finding about a catalog secret is told to the secret's owner (the store's
 * owner when the secret has none) and links to the secret's page; one about an item the
 * catalog does not name (a shadow) is told to the store's owner and links to the Drift tab
 * filtered to the store, the kind and the item.
 */
export function driftTransitionStates(
  transitions: DriftTransitions,
): ObservedState[] {
  const { store, catalog, checkedAt } = transitions;
  const storeEntity = catalog.getEntity(store);
  const storeName = displayNameOf(store, storeEntity);
  const storeOwner = ownerOf(storeEntity);
  const observedAt = new Date(checkedAt);

  const stateOf = (finding: NotifiedFinding, resolved: boolean) => {
    const secretEntity = finding.secret
      ? catalog.getEntity(finding.secret)
      : undefined;
    const subject = finding.secret
      ? displayNameOf(finding.secret, secretEntity)
      : finding.item ?? 'an item';
    const title = `${kindTitleOf(finding)} in ${storeName}: ${subject}`;
    const state: ObservedState = {
      key: driftTransitionKey(finding),
      entityRef: finding.secret ?? store,
      ownerRef: (finding.secret && ownerOf(secretEntity)) || storeOwner,
      state: resolved ? 'resolved' : failingStateOf(finding),
      healthy: resolved,
      severity: resolved ? 'low' : notificationSeverityOf(finding.severity),
      topic: SECRETS_NOTIFICATION_TOPICS[finding.kind],
      title: resolved ? `Resolved: ${title}` : title,
      description: resolved
        ? `The reconciliation of ${storeName} on ${checkedAt.slice(
            0,
            10,
          )} no longer finds it.`
        : `${finding.evidence} ${finding.fix}`,
      link: finding.secret
        ? entityPageLink(finding.secret)
        : driftTabLink({ store, kind: finding.kind, search: finding.item }),
      observedAt,
    };
    return state;
  };

  return [
    ...transitions.findings.filter(isNotified).map(f => stateOf(f, false)),
    ...transitions.resolved.filter(isNotified).map(f => stateOf(f, true)),
  ];
}
