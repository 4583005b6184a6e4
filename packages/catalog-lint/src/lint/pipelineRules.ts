import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { refKey } from '@stagecraft/catalog-conventions-common';
import {
  PIPELINE_LINT_RULES,
  PipelineLintContext,
} from '@stagecraft/plugin-pipelines-common';
import { EntityFinding } from './catalogRules';
import { LintedEntity } from './types';

/**
 * The pipeline annotation problems the pipeline pages show, as warnings: the
 * catalog stores such entities, but their stage shows no metrics or a broken
 * flow. With a catalog, a pipeline's stages must also exist in it.
 */
export function checkPipelines(
  local: readonly LintedEntity[],
  catalog: readonly Entity[] | undefined,
): EntityFinding[] {
  const known = new Set(catalog?.map(entity => refKey(entity)));
  const context: PipelineLintContext = catalog
    ? { hasEntity: ref => known.has(refKey(parseEntityRef(ref))) }
    : {};
  const rules = PIPELINE_LINT_RULES.filter(
    rule => catalog || !rule.needsCatalog,
  );
  return local.flatMap(item =>
    rules.flatMap(rule =>
      rule.check(item.entity, context).map(problem => ({
        target: item,
        ruleId: `pipelines/${problem.ruleId}`,
        severity: rule.severity,
        field: problem.field,
        message: problem.message,
      })),
    ),
  );
}
