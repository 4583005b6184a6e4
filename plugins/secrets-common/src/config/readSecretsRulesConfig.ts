import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import {
  SECRET_RULE_IDS,
  SecretRuleId,
  SecretsRulesConfig,
  SEVERITIES,
  Severity,
} from '../types';
import {
  copyProviderPatterns,
  DEFAULT_SECRETS_RULES_CONFIG,
  DEFAULT_SEVERITIES,
  DEFAULT_STORE_PROVIDER_PATTERNS,
  DEFAULT_UNSAFE_STORE_PATTERNS,
} from './defaults';

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

function invalid(key: string, problem: string): Error {
  return new Error(`Invalid configuration at ${key}: ${problem}`);
}

/** A list of non-empty strings, trimmed; undefined when the key is not set. */
function readList(config: Config, key: string): string[] | undefined {
  const values = config.getOptionalStringArray(key);
  return values?.map((value, index) => {
    const trimmed = value.trim();
    if (!trimmed) {
      throw invalid(`${key}[${index}]`, 'empty value');
    }
    return trimmed;
  });
}

function readApprovedStores(config: Config): string[] {
  const key = `${ROOT}.approvedStores`;
  return (readList(config, key) ?? []).map((ref, index) => {
    try {
      return stringifyEntityRef(
        parseEntityRef(ref, {
          defaultKind: 'resource',
          defaultNamespace: 'default',
        }),
      ).toLocaleLowerCase('en-US');
    } catch {
      throw invalid(
        `${key}[${index}]`,
        `"${ref}" is not an entity ref; expected e.g. resource:default/vault-prod`,
      );
    }
  });
}

/**
 * Configured providers come first, in their order, each replacing the
 * default patterns of the same provider (`[]` turns its inference off); the
 * other defaults follow.
 */
function readStoreProviderPatterns(config: Config): Record<string, string[]> {
  const key = `${ROOT}.storeProviderPatterns`;
  const configured = config.getOptionalConfig(key);
  const patterns: Record<string, string[]> = {};
  if (configured) {
    for (const provider of configured.keys()) {
      patterns[provider] = readList(config, `${key}.${provider}`) ?? [];
    }
  }
  return {
    ...patterns,
    ...Object.fromEntries(
      Object.entries(copyProviderPatterns(DEFAULT_STORE_PROVIDER_PATTERNS)).filter(
        ([provider]) => !(provider in patterns),
      ),
    ),
  };
}

/**
 * Reads `stagecraft.secrets`: `approvedStoreProviders`, `approvedStores`,
 * `approvedStoreNamePatterns` and `unsafeStorePatterns` (each replaces its
 * default list), `storeProviderPatterns` (per provider, replaces that
 * provider's default patterns) and `rules.<ruleId>.severity` (overrides one
 * rule's default severity). Without config, or for keys not set, the
 * defaults apply. Throws an error naming the offending key when a value is
 * invalid.
 */
export function readSecretsRulesConfig(config?: Config): SecretsRulesConfig {
  if (!config) {
    return {
      approvedStoreProviders: [
        ...DEFAULT_SECRETS_RULES_CONFIG.approvedStoreProviders,
      ],
      approvedStores: [],
      approvedStoreNamePatterns: [],
      storeProviderPatterns: copyProviderPatterns(
        DEFAULT_STORE_PROVIDER_PATTERNS,
      ),
      unsafeStorePatterns: [...DEFAULT_UNSAFE_STORE_PATTERNS],
      severities: { ...DEFAULT_SEVERITIES },
    };
  }
  return {
    approvedStoreProviders: readList(config, `${ROOT}.approvedStoreProviders`) ?? [
      ...DEFAULT_SECRETS_RULES_CONFIG.approvedStoreProviders,
    ],
    approvedStores: readApprovedStores(config),
    approvedStoreNamePatterns:
      readList(config, `${ROOT}.approvedStoreNamePatterns`) ?? [],
    storeProviderPatterns: readStoreProviderPatterns(config),
    unsafeStorePatterns: readList(config, `${ROOT}.unsafeStorePatterns`) ?? [
      ...DEFAULT_UNSAFE_STORE_PATTERNS,
    ],
    severities: readSeverities(config),
  };
}
