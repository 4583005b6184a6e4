import { Entity } from '@backstage/catalog-model';
import {
  PIPELINE_LINT_RULES,
  PipelineAnnotationProblem,
} from './pipelineLintRules';

/**
 * The problems the pipeline pages would show for this entity, from the entity
 * alone: its AWS target, its flow annotations and threshold overrides, and,
 * for a pipeline, its list of stages. Whether the stages exist needs the
 * catalog: see {@link missingPipelineStages}.
 */
export function pipelineAnnotationProblems(
  entity: Entity,
): PipelineAnnotationProblem[] {
  return PIPELINE_LINT_RULES.filter(rule => !rule.needsCatalog).flatMap(rule =>
    rule.check(entity, {}),
  );
}

/**
 * The stages a pipeline lists that the catalog does not hold, each on its
 * `spec.dependsOn` entry, with the message the pipeline page shows on such a
 * stage.
 */
export function missingPipelineStages(
  pipeline: Entity,
  hasEntity: (ref: string) => boolean,
): PipelineAnnotationProblem[] {
  return PIPELINE_LINT_RULES.filter(rule => rule.needsCatalog).flatMap(rule =>
    rule.check(pipeline, { hasEntity }),
  );
}
