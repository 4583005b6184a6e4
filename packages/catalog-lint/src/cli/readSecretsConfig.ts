import fs from 'node:fs';
import { ConfigReader } from '@backstage/config';
import {
  readSecretsRulesConfig,
  SecretsRulesConfig,
} from '@stagecraft/plugin-secrets-common';
import { parse } from 'yaml';

/** A configuration file that cannot be used; exit code 2. */
export class ConfigFileError extends Error {}

/**
 * Reads `stagecraft.secrets` from app-config files, later files overriding
 * earlier ones as in Backstage. Values are taken literally: `$env`,
 * `$include` and other substitutions are not resolved.
 */
export function readSecretsConfig(files: string[]): SecretsRulesConfig {
  if (files.length === 0) {
    return readSecretsRulesConfig();
  }
  const configs = files.map(file => {
    let data: unknown;
    try {
      data = parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw new ConfigFileError(
        `Cannot read configuration file ${file}: ${(error as Error).message}`,
      );
    }
    if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
      throw new ConfigFileError(
        `Configuration file ${file} must hold a mapping at its root.`,
      );
    }
    return { data: (data ?? {}) as Record<string, never>, context: file };
  });
  try {
    return readSecretsRulesConfig(ConfigReader.fromConfigs(configs));
  } catch (error) {
    throw new ConfigFileError((error as Error).message);
  }
}
