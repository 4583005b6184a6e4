import { Entity } from '@backstage/catalog-model';
import { DEFAULT_SECRETS_RULES_CONFIG } from '../../config/defaults';
import { SecretsRulesConfig } from '../../types';
import { buildSecretsCatalogView } from '../catalogView';
import { RuleViolation, SecretRule } from '../types';

/** Runs one rule on `secret` with `catalog` (plus the secret) as the catalog, or without a catalog. */
export function runRule(
  rule: SecretRule,
  secret: Entity,
  catalog?: Entity[],
  config: SecretsRulesConfig = DEFAULT_SECRETS_RULES_CONFIG,
): RuleViolation[] {
  const view = catalog
    ? buildSecretsCatalogView(
        catalog.includes(secret) ? catalog : [...catalog, secret],
      )
    : undefined;
  return rule.check(secret, { catalog: view, config });
}
