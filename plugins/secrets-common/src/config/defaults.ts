import { DEFAULT_APPROVED_STORE_PROVIDERS } from '../model';
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

export const DEFAULT_SECRETS_RULES_CONFIG: SecretsRulesConfig = {
  approvedStoreProviders: [...DEFAULT_APPROVED_STORE_PROVIDERS],
  severities: { ...DEFAULT_SEVERITIES },
};

/** The severity a rule runs with under `config`. */
export function severityOf(
  ruleId: SecretRuleId,
  config: SecretsRulesConfig,
): Severity {
  return config.severities[ruleId] ?? DEFAULT_SEVERITIES[ruleId];
}
