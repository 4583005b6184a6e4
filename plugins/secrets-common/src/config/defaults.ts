import { DEFAULT_APPROVED_STORE_PROVIDERS } from '../storeProviders';
import { SecretRuleId, SecretsRulesConfig, Severity } from '../types';

/**
 * Every rule is an error except `dependents`: a secret nothing uses yet is
 * usually a catalog that is still being filled in, or a secret about to be
 * deleted. Worth a look, not a failed check.
 */
export const DEFAULT_SEVERITIES: Readonly<Record<SecretRuleId, Severity>> = {
  'unique-name': 'error',
  description: 'error',
  owner: 'error',
  store: 'error',
  'approved-store': 'error',
  dependents: 'warning',
  'remediation-docs': 'error',
};

/**
 * How a store without a `stagecraft.io/store-provider` annotation is
 * recognised from its name or title. The first provider with a matching
 * pattern wins, so more specific providers come first (`key-vault` is Azure,
 * any other `vault` is HashiCorp's).
 */
export const DEFAULT_STORE_PROVIDER_PATTERNS: Readonly<
  Record<string, readonly string[]>
> = {
  'azure-key-vault': ['azure-key-vault', 'key-vault', 'keyvault', 'akv'],
  'aws-secrets-manager': [
    'aws-secrets-manager',
    'aws-secret-manager',
    'secrets-manager',
    'secretsmanager',
  ],
  'gcp-secret-manager': [
    'gcp-secret-manager',
    'google-secret-manager',
    'secret-manager',
  ],
  'aws-ssm-parameter-store': [
    'ssm',
    'parameter-store',
    'parameters-store',
    'param-store',
  ],
  'hashicorp-vault': ['hashicorp-vault', 'vault', 'openbao'],
  'aws-kms': ['kms'],
  'aws-acm': ['acm'],
  '1password': ['1password', 'one-password', 'onepassword'],
  doppler: ['doppler'],
};

/**
 * Places that are never a secret store, matched on a store's name, title and
 * provider: laptops and personal machines, chat, email, shared drives and
 * spreadsheets.
 */
export const DEFAULT_UNSAFE_STORE_PATTERNS: readonly string[] = [
  'laptop*',
  'personal-machine*',
  'personal-computer*',
  'personal-device*',
  'workstation*',
  'desktop*',
  'home-dir*',
  'slack',
  'chat',
  'ms-teams',
  'microsoft-teams',
  'discord',
  'email*',
  'e-mail*',
  'gmail',
  'outlook',
  'inbox*',
  'mailbox*',
  'shared-drive*',
  'shared-folder*',
  'google-drive',
  'gdrive',
  'onedrive',
  'one-drive',
  'dropbox',
  'sharepoint',
  'spreadsheet*',
  'excel',
  'google-sheet*',
  'xlsx',
  'sticky-note*',
];

export function copyProviderPatterns(
  patterns: Readonly<Record<string, readonly string[]>>,
): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(patterns).map(([provider, list]) => [provider, [...list]]),
  );
}

export const DEFAULT_SECRETS_RULES_CONFIG: SecretsRulesConfig = {
  approvedStoreProviders: [...DEFAULT_APPROVED_STORE_PROVIDERS],
  approvedStores: [],
  approvedStoreNamePatterns: [],
  storeProviderPatterns: copyProviderPatterns(DEFAULT_STORE_PROVIDER_PATTERNS),
  unsafeStorePatterns: [...DEFAULT_UNSAFE_STORE_PATTERNS],
  severities: { ...DEFAULT_SEVERITIES },
};

/** The severity a rule runs with under `config`. */
export function severityOf(
  ruleId: SecretRuleId,
  config: SecretsRulesConfig,
): Severity {
  return config.severities[ruleId] ?? DEFAULT_SEVERITIES[ruleId];
}
