import { Entity } from '@backstage/catalog-model';
import { SecretRuleId, SecretsRulesConfig } from '../types';
import { SecretsCatalogView } from './catalogView';

/** One problem a rule found, before severity is applied. */
export type RuleViolation = {
  message: string;
  fix: string;
  field?: string;
  /**
   * The most this finding counts, whatever the rule's severity: `warning`
   * for a doubt, `info` for a hint. A rule that is `off` reports nothing.
   */
  maxSeverity?: 'warning' | 'info';
};

export type RuleContext = {
  /** Undefined when only the secret itself is available. */
  catalog?: SecretsCatalogView;
  config: SecretsRulesConfig;
};

export type SecretRule = {
  id: SecretRuleId;
  /** What the rule requires, for documentation. */
  description: string;
  /** Rules that need the whole catalog are skipped when none is given. */
  needsCatalog: boolean;
  check(secret: Entity, context: RuleContext): RuleViolation[];
};
