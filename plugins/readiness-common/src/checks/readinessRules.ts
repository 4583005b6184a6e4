import { Entity } from '@backstage/catalog-model';
import type {
  RuleDescriptor,
  RuleSeverity,
} from '@stagecraft/plugin-catalog-rules-common';
import { DEFAULT_CHECK_DEFINITIONS } from '../config/defaults';
import { CheckSeverity } from '../types';
import { BUILT_IN_CHECKS } from './builtInChecks';
import { CheckContext, CheckOutcome } from './types';

/** A built-in readiness check as a rule: its default definition and the check that judges it. */
export type ReadinessRule = RuleDescriptor<CheckContext, CheckOutcome> & {
  check(entity: Entity, context: CheckContext): CheckOutcome;
};

function ruleSeverity(severity: CheckSeverity): RuleSeverity {
  if (severity === 'off') {
    throw new Error('A built-in readiness check is off by default');
  }
  return severity;
}

/**
 * The built-in checks judged from catalog data, each with the title,
 * description, severity and fix link of its default definition. They all
 * need the catalog: an owner and its on-call contact live in other entities.
 * `production-complete` is a roll-up of the others, not a rule of its own.
 */
export const READINESS_RULES: readonly ReadinessRule[] = BUILT_IN_CHECKS.map(
  check => {
    const definition = DEFAULT_CHECK_DEFINITIONS.find(d => d.id === check.id);
    if (!definition) {
      throw new Error(`No default definition of the check ${check.id}`);
    }
    return {
      id: check.id,
      title: definition.title,
      description: definition.description,
      severity: ruleSeverity(definition.severity),
      needsCatalog: true,
      ...(definition.fixUrl ? { fixUrl: definition.fixUrl } : {}),
      check: check.evaluate,
    };
  },
);
