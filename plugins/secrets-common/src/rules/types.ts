import { Entity } from '@backstage/catalog-model';
import type { RuleDescriptor } from '@stagecraft/plugin-catalog-rules-common';
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

/**
 * A secret rule. Its `severity` is the default; `stagecraft.secrets.rules`
 * may change it or turn the rule off.
 */
export type SecretRule = RuleDescriptor<RuleContext, RuleViolation[]> & {
  id: SecretRuleId;
  check(secret: Entity, context: RuleContext): RuleViolation[];
};
