/**
 * The notification topic of a readiness check (origin `plugin:readiness`): one per check id,
 * so a user can turn one check's notifications off in their settings.
 */
export const readinessNotificationTopic = (checkId: string) =>
  `readiness:${checkId}`;

/** The topic of readiness campaign notifications: a campaign started, its deadline nears. */
export const READINESS_CAMPAIGN_TOPIC = 'readiness:campaign';

/**
 * The topic of exemption notifications: a request awaits approvers, a decision reaches the
 * requester, and owners hear a week before an approved exemption expires and when it has.
 */
export const READINESS_EXEMPTION_TOPIC = 'readiness:exemption';
