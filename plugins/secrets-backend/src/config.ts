import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';
import {
  readSecretsRulesConfig,
  SecretsRulesConfig,
} from '@stagecraft/plugin-secrets-common';
import {
  DEFAULT_RECONCILE_POLICY,
  ReconcilePolicy,
} from '@stagecraft/plugin-secrets-node';
import { z } from 'zod';

export const DEFAULT_CACHE_TTL_MS = 30_000;
const CACHE_TTL_KEY = 'stagecraft.secrets.review.cacheTtl';
const DRIFT_KEY = 'stagecraft.secrets.drift';
const NOTIFICATIONS_ENABLED_KEY = 'stagecraft.secrets.notifications.enabled';

/** How stores are reconciled: the policy, how often, and how long one store may take. */
export type DriftSettings = {
  policy: ReconcilePolicy;
  frequencyMinutes: number;
  storeTimeoutMs: number;
};

export const DEFAULT_DRIFT_SETTINGS: DriftSettings = {
  policy: DEFAULT_RECONCILE_POLICY,
  frequencyMinutes: 30,
  storeTimeoutMs: 30_000,
};

export type SecretsBackendConfig = {
  rulesConfig: SecretsRulesConfig;
  cacheTtlMs: number;
  drift: DriftSettings;
  /** Owners are notified of findings and compliance turning bad, and back; on unless turned off. */
  notifications: { enabled: boolean };
};

const count = (least: 0 | 1) =>
  z
    .number({ error: 'expected a number' })
    .int({ error: 'expected a whole number' })
    .min(least, {
      error: least ? 'expected a number above 0' : 'expected 0 or more',
    });

const driftSchema = z.strictObject(
  {
    defaultRotationPeriodDays: count(1).optional(),
    requireRotation: z.boolean({ error: 'expected true or false' }).optional(),
    unusedAfterDays: count(1).optional(),
    expiringWithinDays: count(0).optional(),
    frequencyMinutes: count(1).optional(),
    storeTimeoutMs: count(1).optional(),
  },
  {
    error: issue =>
      issue.code === 'unrecognized_keys'
        ? `unknown key; expected one of defaultRotationPeriodDays, requireRotation, unusedAfterDays, expiringWithinDays, frequencyMinutes, storeTimeoutMs`
        : 'expected an object',
  },
);

function readCacheTtlMs(config: Config): number {
  if (!config.has(CACHE_TTL_KEY)) return DEFAULT_CACHE_TTL_MS;
  try {
    return durationToMilliseconds(
      readDurationFromConfig(config, { key: CACHE_TTL_KEY }),
    );
  } catch (error) {
    throw new Error(
      `Invalid configuration at ${CACHE_TTL_KEY}: ${
        (error as Error).message
      }; expected a duration such as 30s or { seconds: 30 }`,
    );
  }
}

/** `stagecraft.secrets.drift`, over the defaults. */
function readDriftSettings(config: Config): DriftSettings {
  const result = driftSchema.safeParse(config.getOptional(DRIFT_KEY) ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const path =
      issue.code === 'unrecognized_keys'
        ? [...issue.path, issue.keys[0]]
        : issue.path;
    const key = [DRIFT_KEY, ...path.map(String)].join('.');
    throw new Error(`Invalid configuration at ${key}: ${issue.message}`);
  }
  const { frequencyMinutes, storeTimeoutMs, ...policy } = result.data;
  const defaults = DEFAULT_DRIFT_SETTINGS;
  return {
    policy: {
      ...defaults.policy,
      ...Object.fromEntries(
        Object.entries(policy).filter(([, value]) => value !== undefined),
      ),
    },
    frequencyMinutes: frequencyMinutes ?? defaults.frequencyMinutes,
    storeTimeoutMs: storeTimeoutMs ?? defaults.storeTimeoutMs,
  };
}

function readNotificationsEnabled(config: Config): boolean {
  try {
    return config.getOptionalBoolean(NOTIFICATIONS_ENABLED_KEY) ?? true;
  } catch {
    throw new Error(
      `Invalid configuration at ${NOTIFICATIONS_ENABLED_KEY}: expected true or false`,
    );
  }
}

/** Reads `stagecraft.secrets.*`; invalid values throw an error naming the key. */
export function readSecretsBackendConfig(config: Config): SecretsBackendConfig {
  return {
    rulesConfig: readSecretsRulesConfig(config),
    cacheTtlMs: readCacheTtlMs(config),
    drift: readDriftSettings(config),
    notifications: { enabled: readNotificationsEnabled(config) },
  };
}
