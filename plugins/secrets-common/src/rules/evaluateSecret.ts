import { Entity } from '@backstage/catalog-model';
import { DEFAULT_SECRETS_RULES_CONFIG, severityOf } from '../config/defaults';
import { isSecret } from '../secretTypes';
import {
  ComplianceFinding,
  FindingSeverity,
  SecretCompliance,
  SecretRuleId,
  SecretsRulesConfig,
} from '../types';
import { buildSecretsCatalogView, SecretsCatalogView } from './catalogView';
import { entityRefOf } from './refs';
import { SECRET_RULES } from './secretRules';

const RANK: Record<FindingSeverity, number> = { info: 0, warning: 1, error: 2 };

function capSeverity(
  severity: 'error' | 'warning',
  max: FindingSeverity | undefined,
): FindingSeverity {
  return max !== undefined && RANK[max] < RANK[severity] ? max : severity;
}

/**
 * Evaluates one secret. Without `catalog`, the rules that need other
 * entities (unique-name, owner, approved-store, dependents) are skipped and
 * listed in `skippedRules`, and `store` checks only what spec.dependsOn says.
 * Rules configured `off` are neither run nor listed as skipped.
 */
export function evaluateSecret(
  entity: Entity,
  catalog: SecretsCatalogView | undefined,
  config: SecretsRulesConfig = DEFAULT_SECRETS_RULES_CONFIG,
): SecretCompliance {
  const findings: ComplianceFinding[] = [];
  const skippedRules: SecretRuleId[] = [];

  for (const rule of SECRET_RULES) {
    const severity = severityOf(rule.id, config);
    if (severity === 'off') {
      continue;
    }
    if (rule.needsCatalog && !catalog) {
      skippedRules.push(rule.id);
      continue;
    }
    for (const { maxSeverity, ...violation } of rule.check(entity, {
      catalog,
      config,
    })) {
      findings.push({
        ruleId: rule.id,
        severity: capSeverity(severity, maxSeverity),
        ...violation,
      });
    }
  }

  return {
    entityRef: entityRefOf(entity),
    compliant: findings.every(finding => finding.severity !== 'error'),
    findings,
    skippedRules,
  };
}

/** Evaluates every secret among `entities` against the whole set. Other kinds are ignored. */
export function evaluateSecrets(
  entities: Entity[],
  config: SecretsRulesConfig = DEFAULT_SECRETS_RULES_CONFIG,
): SecretCompliance[] {
  const catalog = buildSecretsCatalogView(entities);
  return entities
    .filter(entity => entity && isSecret(entity))
    .map(secret => evaluateSecret(secret, catalog, config));
}
