/**
 * The notification topic of a readiness check (origin `plugin:readiness`): one per check id,
 * so a user can turn one check's notifications off in their settings.
 */
export const readinessNotificationTopic = (checkId: string) =>
  `readiness:${checkId}`;

/** The topic of readiness campaign notifications: a campaign started, its deadline nears. */
export const READINESS_CAMPAIGN_TOPIC = 'readiness:campaign';
