/**
 * The notification topic of a readiness check (origin `plugin:readiness`): one per check id,
 * so a user can turn one check's notifications off in their settings.
 */
export const readinessNotificationTopic = (checkId: string) =>
  `readiness:${checkId}`;
