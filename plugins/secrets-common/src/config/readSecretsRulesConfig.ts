import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { z } from 'zod';
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

/** A non-empty string, trimmed. */
const value = z
  .string({ error: 'expected a string' })
  .trim()
  .min(1, { error: 'empty value' });

const list = z.array(value, { error: 'expected a list of strings' });

const storeRef = value.transform((ref, ctx) => {
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, {
        defaultKind: 'resource',
        defaultNamespace: 'default',
      }),
    ).toLocaleLowerCase('en-US');
  } catch {
    ctx.addIssue({
      code: 'custom',
      message: `"${ref}" is not an entity ref; expected e.g. resource:default/vault-prod`,
    });
    return z.NEVER;
  }
});

const severity = z.enum(SEVERITIES as [Severity, ...Severity[]], {
  error: issue =>
    `${JSON.stringify(
      issue.input,
    )} is not a severity; expected one of ${SEVERITIES.join(', ')}`,
});

const rule = z.object(
  { severity: severity.optional() },
  { error: 'expected an object' },
);

const rules = z.strictObject(
  Object.fromEntries(SECRET_RULE_IDS.map(id => [id, rule.optional()])),
  {
    error: issue =>
      issue.code === 'unrecognized_keys'
        ? `unknown rule "${
            issue.keys[0]
          }"; expected one of ${SECRET_RULE_IDS.join(', ')}`
        : 'expected an object keyed by rule id',
  },
) as z.ZodType<Partial<Record<SecretRuleId, z.output<typeof rule>>>>;

/** The keys of `stagecraft.secrets` the rules read; other keys belong to the backend. */
const secretsSchema = z.object(
  {
    approvedStoreProviders: list.optional(),
    approvedStores: z
      .array(storeRef, { error: 'expected a list of strings' })
      .optional(),
    approvedStoreNamePatterns: list.optional(),
    storeProviderPatterns: z
      .record(z.string(), list, {
        error: 'expected an object of provider → patterns',
      })
      .optional(),
    unsafeStorePatterns: list.optional(),
    rules: rules.optional(),
  },
  { error: 'expected an object' },
);

function configError(issue: z.core.$ZodIssue): Error {
  const path =
    issue.code === 'unrecognized_keys'
      ? [...issue.path, issue.keys[0]]
      : issue.path;
  const key = path.reduce<string>(
    (prefix, part) =>
      typeof part === 'number'
        ? `${prefix}[${part}]`
        : `${prefix}.${String(part)}`,
    ROOT,
  );
  return new Error(`Invalid configuration at ${key}: ${issue.message}`);
}

/**
 * Configured providers come first, in their order, each replacing the
 * default patterns of the same provider (`[]` turns its inference off); the
 * other defaults follow.
 */
function mergeProviderPatterns(
  configured: Record<string, string[]> = {},
): Record<string, string[]> {
  const defaults = copyProviderPatterns(DEFAULT_STORE_PROVIDER_PATTERNS);
  return {
    ...configured,
    ...Object.fromEntries(
      Object.entries(defaults).filter(
        ([provider]) => !(provider in configured),
      ),
    ),
  };
}

function mergeSeverities(
  configured: Partial<Record<SecretRuleId, { severity?: Severity }>> = {},
): Partial<Record<SecretRuleId, Severity>> {
  const severities: Partial<Record<SecretRuleId, Severity>> = {
    ...DEFAULT_SEVERITIES,
  };
  for (const id of SECRET_RULE_IDS) {
    const configuredSeverity = configured[id]?.severity;
    if (configuredSeverity) severities[id] = configuredSeverity;
  }
  return severities;
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
  const result = secretsSchema.safeParse(config?.getOptional(ROOT) ?? {});
  if (!result.success) throw configError(result.error.issues[0]);
  const secrets = result.data;
  return {
    approvedStoreProviders: secrets.approvedStoreProviders ?? [
      ...DEFAULT_SECRETS_RULES_CONFIG.approvedStoreProviders,
    ],
    approvedStores: secrets.approvedStores ?? [],
    approvedStoreNamePatterns: secrets.approvedStoreNamePatterns ?? [],
    storeProviderPatterns: mergeProviderPatterns(secrets.storeProviderPatterns),
    unsafeStorePatterns: secrets.unsafeStorePatterns ?? [
      ...DEFAULT_UNSAFE_STORE_PATTERNS,
    ],
    severities: mergeSeverities(secrets.rules),
    ...portalBaseUrlOf(config),
  };
}

/** `app.baseUrl`: remediation links under it are pages of this portal. */
function portalBaseUrlOf(config?: Config): { portalBaseUrl?: string } {
  const portalBaseUrl = config?.getOptionalString('app.baseUrl');
  return portalBaseUrl ? { portalBaseUrl } : {};
}
