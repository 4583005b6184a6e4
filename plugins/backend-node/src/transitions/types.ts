import { NotificationSeverity } from '@backstage/plugin-notifications-common';

/**
 * The state of one thing an owner is told about (a readiness check of an entity, a
 * secret's compliance, a store's shadow secrets), as observed in one cycle, with the
 * notification to send if it is a transition.
 *
 * @public
 */
export type ObservedState = {
  /**
   * Stable identity of what is observed, unique within the plugin, e.g.
   * `readiness:monitors:component:default/orders`. Also the notification's `scope`,
   * so the owner's notification about it is updated in place on each transition.
   */
  key: string;
  /** The entity the state is about. */
  entityRef: string;
  /** Who is told: the entity's owner (a group or a user). Without one, nobody is. */
  ownerRef?: string;
  /** `passing`, `failing`, or any other word the caller uses (`overdue`, `ghost`, …). */
  state: 'passing' | 'failing' | (string & {});
  /** Whether `state` is good. Defaults to `state === 'passing'`. */
  healthy?: boolean;
  severity: NotificationSeverity;
  /** One topic per finding kind, so users can turn a kind off in their notification settings. */
  topic: string;
  /** What the notification says about the current state. */
  title: string;
  description?: string;
  /** Where to fix it: a portal path (`/catalog/...`) or an absolute URL. */
  link?: string;
  /**
   * When the state was established (e.g. the evaluation's time). An observation older
   * than one already recorded for the key changes nothing, so a slow cycle that finishes
   * after a newer one cannot turn the state back. Without it, observations count as now.
   */
  observedAt?: Date;
};

/**
 * What one `observe` call did.
 *
 * @public
 */
export type TransitionSummary = {
  /** Distinct keys observed. */
  observed: number;
  /** Keys whose recorded state this instance changed (first sightings included). */
  changed: number;
  /** Notifications this instance sent. */
  sent: number;
  /** Transitions that needed no notification (first sighting of a good state, good to good, no owner). */
  skipped: number;
  /** Sends that failed; they are retried on the next `observe` of the key. */
  failed: number;
  /** Pending notifications another instance was sending at the time. */
  claimedElsewhere: number;
};
