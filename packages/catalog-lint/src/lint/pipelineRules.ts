import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { entityRefKey } from '@stagecraft/plugin-catalog-rules-common';
import {
  missingPipelineStages,
  pipelineAnnotationProblems,
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
  const known = new Set(catalog?.map(entityRefKey));
  const hasEntity = (ref: string) => {
    const { kind, namespace, name } = parseEntityRef(ref);
    return known.has(`${kind}:${namespace}/${name}`.toLowerCase());
  };
  return local.flatMap(item => {
    const problems = pipelineAnnotationProblems(item.entity);
    if (catalog) {
      problems.push(...missingPipelineStages(item.entity, hasEntity));
    }
    return problems.map(problem => ({
      target: item,
      ruleId: `pipelines/${problem.ruleId}`,
      severity: 'warning' as const,
      field: problem.field,
      message: problem.message,
    }));
  });
}
