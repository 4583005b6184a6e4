import { Config } from '@backstage/config';
import {
  SECRET_RULE_IDS,
  SecretRuleId,
  SecretsRulesConfig,
  SEVERITIES,
  Severity,
} from '../types';
import { DEFAULT_SECRETS_RULES_CONFIG, DEFAULT_SEVERITIES } from './defaults';

const ROOT = 'stagecraft.secrets';

function isRuleId(value: string): value is SecretRuleId {
  return (SECRET_RULE_IDS as readonly string[]).includes(value);
}

function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

function readSeverities(
  config: Config,
): Partial<Record<SecretRuleId, Severity>> {
  const severities: Partial<Record<SecretRuleId, Severity>> = {
    ...DEFAULT_SEVERITIES,
  };
  const rules = config.getOptionalConfig(`${ROOT}.rules`);
  for (const ruleId of rules?.keys() ?? []) {
    const key = `${ROOT}.rules.${ruleId}`;
    if (!isRuleId(ruleId)) {
      throw new Error(
        `Invalid configuration at ${key}: unknown rule "${ruleId}"; expected one of ${SECRET_RULE_IDS.join(
          ', ',
        )}`,
      );
    }
    const severity = rules!.getOptionalString(`${ruleId}.severity`);
    if (severity === undefined) {
      continue;
    }
    if (!isSeverity(severity)) {
      throw new Error(
        `Invalid configuration at ${key}.severity: "${severity}" is not a severity; expected one of ${SEVERITIES.join(
          ', ',
        )}`,
      );
    }
    severities[ruleId] = severity;
  }
  return severities;
}

function readApprovedStoreProviders(config: Config): string[] {
  const key = `${ROOT}.approvedStoreProviders`;
  const providers = config.getOptionalStringArray(key);
  if (providers === undefined) {
    return [...DEFAULT_SECRETS_RULES_CONFIG.approvedStoreProviders];
  }
  return providers.map((provider, index) => {
    const trimmed = provider.trim();
    if (!trimmed) {
      throw new Error(
        `Invalid configuration at ${key}[${index}]: empty provider name`,
      );
    }
    return trimmed;
  });
}

/**
 * Reads `stagecraft.secrets.approvedStoreProviders` (replaces the default list)
 * and `stagecraft.secrets.rules.<ruleId>.severity` (overrides one rule's
 * default severity). Without config, or for keys not set, the defaults apply.
 * Throws an error naming the offending key when a value is invalid.
 */
export function readSecretsRulesConfig(config?: Config): SecretsRulesConfig {
  if (!config) {
    return {
      approvedStoreProviders: [
        ...DEFAULT_SECRETS_RULES_CONFIG.approvedStoreProviders,
      ],
      severities: { ...DEFAULT_SEVERITIES },
    };
  }
  return {
    approvedStoreProviders: readApprovedStoreProviders(config),
    severities: readSeverities(config),
  };
}
