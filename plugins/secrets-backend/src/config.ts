import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';
import {
  readSecretsRulesConfig,
  SecretsRulesConfig,
} from '@stagecraft/plugin-secrets-common';

export const DEFAULT_CACHE_TTL_MS = 30_000;
const CACHE_TTL_KEY = 'stagecraft.secrets.review.cacheTtl';

export type SecretsBackendConfig = {
  rulesConfig: SecretsRulesConfig;
  cacheTtlMs: number;
};

/** Reads `stagecraft.secrets.*`; invalid values throw an error naming the key. */
export function readSecretsBackendConfig(config: Config): SecretsBackendConfig {
  let cacheTtlMs = DEFAULT_CACHE_TTL_MS;
  if (config.has(CACHE_TTL_KEY)) {
    try {
      cacheTtlMs = durationToMilliseconds(
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
  return { rulesConfig: readSecretsRulesConfig(config), cacheTtlMs };
}
