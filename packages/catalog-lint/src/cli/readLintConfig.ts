import fs from 'node:fs';
import { Config, ConfigReader } from '@backstage/config';
import {
  ReadinessRulesConfig,
  readReadinessRulesConfig,
} from '@stagecraft/plugin-readiness-common';
import {
  readSecretsRulesConfig,
  SecretsRulesConfig,
} from '@stagecraft/plugin-secrets-common';
import { parse } from 'yaml';

/** A configuration file that cannot be used; exit code 2. */
export class ConfigFileError extends Error {}

export type LintConfig = {
  secrets: SecretsRulesConfig;
  readiness: ReadinessRulesConfig;
  /** From `catalog.rules`; undefined when the configuration has none. */
  allowedKinds?: string[];
};

/**
 * The kinds allowed everywhere by `catalog.rules`: rules limited to some
 * locations are left out, since a linted file's location is not known.
 */
function readAllowedKinds(config: Config): string[] | undefined {
  const rules = config.getOptionalConfigArray('catalog.rules');
  if (!rules) {
    return undefined;
  }
  return rules
    .filter(rule => !rule.has('locations'))
    .flatMap(rule =>
      (rule.getOptional<unknown[]>('allow') ?? []).map(item =>
        typeof item === 'string'
          ? item
          : String((item as { kind?: unknown })?.kind),
      ),
    );
}

/**
 * Reads app-config files, later files overriding earlier ones as in
 * Backstage: `stagecraft.secrets` and `stagecraft.readiness` for their rules and `catalog.rules`
 * for the kinds the catalog accepts. Values are taken literally: `$env`,
 * `$include` and other substitutions are not resolved.
 */
export function readLintConfig(files: string[]): LintConfig {
  if (files.length === 0) {
    return {
      secrets: readSecretsRulesConfig(),
      readiness: readReadinessRulesConfig(),
    };
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
    const config = ConfigReader.fromConfigs(configs);
    return {
      secrets: readSecretsRulesConfig(config),
      readiness: readReadinessRulesConfig(config),
      allowedKinds: readAllowedKinds(config),
    };
  } catch (error) {
    throw new ConfigFileError((error as Error).message);
  }
}
