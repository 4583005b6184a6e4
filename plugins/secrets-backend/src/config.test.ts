import { ConfigReader } from '@backstage/config';
import {
  DEFAULT_CACHE_TTL_MS,
  DEFAULT_DRIFT_SETTINGS,
  readSecretsBackendConfig,
} from './config';

const read = (secrets: object) =>
  readSecretsBackendConfig(new ConfigReader({ stagecraft: { secrets } }));

describe('readSecretsBackendConfig', () => {
  it('defaults to a 30 s cache and the default rules', () => {
    const config = readSecretsBackendConfig(new ConfigReader({}));
    expect(config.cacheTtlMs).toBe(DEFAULT_CACHE_TTL_MS);
    expect(config.rulesConfig.approvedStoreProviders).toContain(
      'aws-secrets-manager',
    );
  });

  it('reads the cache TTL as a duration object or string', () => {
    expect(read({ review: { cacheTtl: { seconds: 5 } } }).cacheTtlMs).toBe(
      5000,
    );
    expect(read({ review: { cacheTtl: '2m' } }).cacheTtlMs).toBe(120_000);
    expect(read({ review: { cacheTtl: 'PT10S' } }).cacheTtlMs).toBe(10_000);
  });

  it('names the key of an invalid TTL', () => {
    expect(() => read({ review: { cacheTtl: 'soon' } })).toThrow(
      /Invalid configuration at stagecraft\.secrets\.review\.cacheTtl/,
    );
  });

  it('reads the shared rule settings', () => {
    expect(
      read({ approvedStoreProviders: ['hashicorp-vault'] }).rulesConfig
        .approvedStoreProviders,
    ).toEqual(['hashicorp-vault']);
  });

  it('defaults drift to the default policy, every 30 minutes, 30 s per store', () => {
    expect(readSecretsBackendConfig(new ConfigReader({})).drift).toEqual({
      policy: {
        requireRotation: false,
        unusedAfterDays: 90,
        expiringWithinDays: 30,
      },
      frequencyMinutes: 30,
      storeTimeoutMs: 30_000,
    });
    expect(DEFAULT_DRIFT_SETTINGS.policy.defaultRotationPeriodDays).toBe(
      undefined,
    );
  });

  it('reads the drift policy, frequency and store timeout', () => {
    const policy = {
      defaultRotationPeriodDays: 180,
      requireRotation: true,
      unusedAfterDays: 60,
      expiringWithinDays: 0,
    };
    const schedule = { frequencyMinutes: 5, storeTimeoutMs: 10_000 };
    expect(read({ drift: { ...policy, ...schedule } }).drift).toEqual({
      policy,
      ...schedule,
    });
    expect(read({ drift: { unusedAfterDays: 30 } }).drift.policy).toEqual({
      requireRotation: false,
      unusedAfterDays: 30,
      expiringWithinDays: 30,
    });
  });

  it.each([
    [{ frequencyMinutes: 0 }, 'frequencyMinutes: expected a number above 0'],
    [{ storeTimeoutMs: 'soon' }, 'storeTimeoutMs: expected a number'],
    [{ unusedAfterDays: 1.5 }, 'unusedAfterDays: expected a whole number'],
    [{ expiringWithinDays: -1 }, 'expiringWithinDays: expected 0 or more'],
    [{ requireRotation: 'yes' }, 'requireRotation: expected true or false'],
    [{ defaultRotationPeriod: 90 }, 'defaultRotationPeriod: unknown key'],
  ])('names the key of an invalid drift setting %j', (drift, message) => {
    expect(() => read({ drift })).toThrow(
      `Invalid configuration at stagecraft.secrets.drift.${message}`,
    );
  });

  it('turns the notifications on unless stagecraft.secrets.notifications.enabled is false', () => {
    expect(
      readSecretsBackendConfig(new ConfigReader({})).notifications,
    ).toEqual({ enabled: true });
    expect(read({ notifications: { enabled: false } }).notifications).toEqual({
      enabled: false,
    });
    expect(() => read({ notifications: { enabled: 'sometimes' } })).toThrow(
      'Invalid configuration at stagecraft.secrets.notifications.enabled: expected true or false',
    );
  });
});
