import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_CLOUDWATCH_ALARMS,
  annotationOf,
  buildReadinessCatalogView,
  CheckDefinition,
  evaluateChecks,
  EvaluationInputs,
  ReadinessRulesConfig,
} from '@stagecraft/plugin-readiness-common';
import { EntityFinding } from './catalogRules';
import { LintedEntity } from './types';

/** The field a failing check is placed on, so the annotation lands on the right line. */
function fieldOf(
  checkId: string,
  entity: Entity,
  definitions: readonly CheckDefinition[],
): string {
  switch (checkId) {
    case 'owner':
    case 'oncall-contact':
      return 'spec.owner';
    case 'runbook':
    case 'runbook-reviewed':
      return 'metadata.links';
    case 'monitors':
      return annotationOf(entity, ANNOTATION_CLOUDWATCH_ALARMS) === undefined
        ? 'metadata.annotations'
        : `metadata.annotations["${ANNOTATION_CLOUDWATCH_ALARMS}"]`;
    case 'escalation-policy':
    case 'capacity':
      return 'metadata.annotations';
    default: {
      const require = definitions.find(d => d.id === checkId)?.require;
      return require?.annotations?.length
        ? 'metadata.annotations'
        : 'metadata.links';
    }
  }
}

/**
 * The readiness checks the readiness backend runs from catalog data, as
 * warnings (`readiness/<check id>`): a team learns what its production
 * service lacks before it merges, without being blocked. They need the
 * catalog, since owners and their on-call contacts live elsewhere.
 */
export function checkReadiness(
  local: readonly LintedEntity[],
  catalog: readonly Entity[],
  config: ReadinessRulesConfig,
  inputs: EvaluationInputs = {},
): EntityFinding[] {
  const view = buildReadinessCatalogView(catalog);
  return local.flatMap(item =>
    evaluateChecks(item.entity, view, config, inputs)
      .filter(result => result.status === 'fail')
      .map(result => ({
        target: item,
        ruleId: `readiness/${result.checkId}`,
        severity: 'warning' as const,
        field: fieldOf(result.checkId, item.entity, config.checks),
        message: result.reason,
        ...(result.fix ? { fix: result.fix } : {}),
      })),
  );
}
