import {
  createFrontendModule,
  SubPageBlueprint,
} from '@backstage/frontend-plugin-api';

/** How the settings name the plugins that notify (the notifications backend's origins). */
const ORIGIN_NAMES: Record<string, string> = {
  'plugin:readiness': 'Readiness',
  'plugin:secrets': 'Secrets',
};

/**
 * Settings → Notifications: the notifications plugin's own settings card, per origin and
 * per topic (e.g. Readiness → `readiness:monitors`), where each user turns notifications
 * on or off. The notifications plugin does not place it in the new frontend system, so it
 * is added here as a tab of the user settings page.
 */
const notificationSettings = SubPageBlueprint.make({
  name: 'notifications',
  params: {
    path: 'notifications',
    title: 'Notifications',
    loader: async () => {
      const [{ UserNotificationSettingsCard }, { Content }] = await Promise.all(
        [
          import('@backstage/plugin-notifications'),
          import('@backstage/core-components'),
        ],
      );
      return (
        <Content>
          <UserNotificationSettingsCard originNames={ORIGIN_NAMES} />
        </Content>
      );
    },
  },
});

/** Stagecraft's addition to the user settings page: the notification settings tab. */
export const notificationSettingsModule = createFrontendModule({
  pluginId: 'user-settings',
  extensions: [notificationSettings],
});
