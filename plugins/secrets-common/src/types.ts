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

/** One problem a rule found on a secret. */
export type ComplianceFinding = {
  ruleId: SecretRuleId;
  severity: 'error' | 'warning';
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
  /** Values of `stagecraft.io/store-provider` that count as approved stores. */
  approvedStoreProviders: string[];
  /** Severity per rule; rules not listed use their default severity. */
  severities: Partial<Record<SecretRuleId, Severity>>;
};
