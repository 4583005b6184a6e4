import { Entity } from '@backstage/catalog-model';
import {
  entityRefKey,
  findDuplicateEntities,
} from '@stagecraft/plugin-catalog-rules-common';
import {
  buildSecretsCatalogView,
  evaluateSecret,
  isSecret,
  SecretsCatalogView,
  SecretsRulesConfig,
} from '@stagecraft/plugin-secrets-common';
import { Finding } from './problemAt';
import { LintedEntity } from './types';

/** A problem of the whole-catalog phase, placed on its entity later. */
export type EntityFinding = Finding & { target: LintedEntity };

/**
 * The catalog the whole-catalog rules judge against: the linted entities,
 * plus the portal's entities that the files do not redefine (the files win,
 * as if the pull request were merged).
 */
export function catalogEntities(
  local: readonly LintedEntity[],
  portalEntities: readonly Entity[] = [],
): Entity[] {
  const localRefs = new Set(local.map(item => entityRefKey(item.entity)));
  return [
    ...local.map(item => item.entity),
    ...portalEntities.filter(entity => !localRefs.has(entityRefKey(entity))),
  ];
}

/**
 * Entities that appear twice among the files linted. The catalog identifies
 * an entity by kind, namespace and name (case-insensitively); a second
 * definition conflicts with the first.
 */
export function checkDuplicateEntities(
  entities: readonly LintedEntity[],
): EntityFinding[] {
  return findDuplicateEntities(entities, item => item.entity).flatMap(group =>
    group.map(item => {
      const others = group
        .filter(other => other !== item)
        .map(other => `${other.file}:${other.line}`);
      return {
        target: item,
        ruleId: 'catalog/duplicate-entity',
        severity: 'error' as const,
        field: 'metadata.name',
        message: `${
          item.label
        } is defined more than once (also at ${others.join(
          ', ',
        )}); the catalog keeps one and rejects the others.`,
      };
    }),
  );
}

/**
 * Evaluates every secret among the linted entities. With a catalog (see
 * {@link catalogEntities}) every rule runs; without one the whole-catalog
 * rules are skipped and returned as such.
 */
export function checkSecrets(
  local: readonly LintedEntity[],
  catalog: readonly Entity[] | undefined,
  config: SecretsRulesConfig,
): { findings: EntityFinding[]; skippedRules: string[] } {
  const secrets = local.filter(item => isSecret(item.entity));
  const view: SecretsCatalogView | undefined =
    catalog && buildSecretsCatalogView(catalog);
  const skipped = new Set<string>();
  const findings = secrets.flatMap(item => {
    const result = evaluateSecret(item.entity, view, config);
    result.skippedRules.forEach(rule => skipped.add(`secrets/${rule}`));
    return result.findings.map(finding => ({
      target: item,
      ruleId: `secrets/${finding.ruleId}`,
      severity: finding.severity,
      message: finding.message,
      field: finding.field,
      fix: finding.fix,
    }));
  });
  return { findings, skippedRules: [...skipped].sort() };
}
