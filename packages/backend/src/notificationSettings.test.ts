import {
  BUILT_IN_CHECK_IDS,
  READINESS_CAMPAIGN_TOPIC,
  READINESS_EXEMPTION_TOPIC,
  readinessNotificationTopic,
  ROLL_UP_CHECK_IDS,
} from '@stagecraft/plugin-readiness-common';
import { SECRETS_NOTIFICATION_TOPICS } from '@stagecraft/plugin-secrets-common';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parse } from 'yaml';

type Origin = { id: string; topics?: { id: string; enabled: boolean }[] };

function defaultTopicsOf(origin: string): string[] {
  const config = parse(
    readFileSync(resolve(__dirname, '../../../app-config.yaml'), 'utf8'),
  );
  const origins: Origin[] =
    config.notifications.defaultSettings.channels.find(
      (c: { id: string }) => c.id === 'Web',
    )?.origins ?? [];
  return (origins.find(o => o.id === origin)?.topics ?? []).map(t => t.id);
}

// Users can switch a topic in their settings before its first notification only when the
// portal's defaults list it: every topic the backends send, and nothing else.
describe('notifications.defaultSettings in app-config.yaml', () => {
  it('lists every readiness check topic, the campaign and the exemption topic', () => {
    const checks = BUILT_IN_CHECK_IDS.filter(
      id => !ROLL_UP_CHECK_IDS.includes(id),
    );
    expect(defaultTopicsOf('plugin:readiness').sort()).toEqual(
      [
        ...checks.map(readinessNotificationTopic),
        READINESS_CAMPAIGN_TOPIC,
        READINESS_EXEMPTION_TOPIC,
      ].sort(),
    );
  });

  it('lists every secrets topic', () => {
    expect(defaultTopicsOf('plugin:secrets').sort()).toEqual(
      Object.values(SECRETS_NOTIFICATION_TOPICS).sort(),
    );
  });
});
