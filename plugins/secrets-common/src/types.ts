import type { FindingSeverity } from '@stagecraft/plugin-catalog-rules-common';

/** Identifiers of the secret compliance rules. */
export type SecretRuleId =
  | 'unique-name'
  | 'description'
  | 'owner'
  | 'store'
  | 'approved-store'
  | 'dependents'
  | 'remediation-docs';

/** All rule ids, in the order findings are reported. */
export const SECRET_RULE_IDS: readonly SecretRuleId[] = [
  'unique-name',
  'description',
  'owner',
  'store',
  'approved-store',
  'dependents',
  'remediation-docs',
];

/** How a rule's findings count. `off` disables the rule. */
export type Severity = 'error' | 'warning' | 'off';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'off'];

export type { FindingSeverity };

/** One problem a rule found on a secret. */
export type ComplianceFinding = {
  ruleId: SecretRuleId;
  /**
   * `error` makes the secret non-compliant, `warning` asks for a look, `info`
   * is a hint that changes nothing.
   */
  severity: FindingSeverity;
  /** What is wrong, naming the entities and values involved (never secret values). */
  message: string;
  /** One sentence saying how to fix it. */
  fix: string;
  /** Dot path of the offending field, e.g. `spec.dependsOn`. */
  field?: string;
};

/** The result of evaluating one secret. */
export type SecretCompliance = {
  entityRef: string;
  /** True when there is no finding of severity `error`. */
  compliant: boolean;
  findings: ComplianceFinding[];
  /** Rules that were not evaluated because no catalog was available. */
  skippedRules: SecretRuleId[];
};

/** Settings for the secret compliance rules. */
export type SecretsRulesConfig = {
  /** `app.baseUrl`: remediation links under it are pages of this portal. */
  portalBaseUrl?: string;
  /**
   * Providers that count as approved stores: values of
   * `stagecraft.io/store-provider`, or providers inferred from a store's name
   * or title through `storeProviderPatterns`.
   */
  approvedStoreProviders: string[];
  /** Store entity refs approved whatever their provider. Default none. */
  approvedStores?: string[];
  /** Store name patterns (whole words, `*` matches anything) approved whatever their provider. Default none. */
  approvedStoreNamePatterns?: string[];
  /**
   * Per provider, patterns of store names or titles that identify it, for
   * stores without a `stagecraft.io/store-provider` annotation. Default
   * `DEFAULT_STORE_PROVIDER_PATTERNS`.
   */
  storeProviderPatterns?: Record<string, string[]>;
  /**
   * Patterns of store names, titles or providers that are known-unsafe places
   * for a secret (laptops, chat, email, shared drives, spreadsheets). Default
   * `DEFAULT_UNSAFE_STORE_PATTERNS`.
   */
  unsafeStorePatterns?: string[];
  /** Severity per rule; rules not listed use their default severity. */
  severities: Partial<Record<SecretRuleId, Severity>>;
};
