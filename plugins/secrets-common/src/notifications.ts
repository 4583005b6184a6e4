import type { DriftKind } from './drift';

/** The drift finding kinds the secrets backend notifies owners of. */
export type NotifiedDriftKind = Extract<
  DriftKind,
  'shadow' | 'ghost' | 'rotation-overdue' | 'expiring'
>;

/**
 * The notification topics of the secrets backend (origin `plugin:secrets`), one per kind
 * of finding, so each can be turned off in a user's notification settings.
 */
export const SECRETS_NOTIFICATION_TOPICS = {
  shadow: 'secrets:shadow',
  ghost: 'secrets:ghost',
  'rotation-overdue': 'secrets:rotation-overdue',
  expiring: 'secrets:expiring',
  /** A secret's compliance verdict (the review) turned non-compliant, or back. */
  'non-compliant': 'secrets:non-compliant',
} as const satisfies Record<NotifiedDriftKind | 'non-compliant', string>;

/**
 * The signal channel the secrets backend publishes on (to every signed-in user) when a
 * reconciliation changes a store's findings, so an open Drift view can load them again.
 * The message is a {@link SecretsDriftSignal}; it names no store.
 */
export const SECRETS_DRIFT_SIGNAL_CHANNEL = 'secrets:drift';

/** The message of a signal on {@link SECRETS_DRIFT_SIGNAL_CHANNEL}. */
export type SecretsDriftSignal = {
  /** When the store whose findings changed was read. */
  checkedAt: string;
};
