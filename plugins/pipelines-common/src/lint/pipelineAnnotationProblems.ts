import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_AWS_ARN,
  ANNOTATION_ROADIE_LAMBDA_NAME,
  ANNOTATION_ROADIE_LAMBDA_REGION,
} from '../annotations';
import { readThresholdOverrides } from '../health/thresholds';
import { resolveAwsTarget } from '../model/awsTarget';
import { parseStageRef, readFlowRefs } from '../model/flowRefs';
import { missingStageMessage, pipelineStageRefs } from '../model/pipelineFlow';
import { isPipelineEntity } from '../model/stageTypes';

/**
 * Rules of the pipeline annotations, as the lint CLI reports them
 * (`pipelines/<id>`). The catalog stores such entities anyway; the pipeline
 * pages show the same messages on the stage.
 */
export const PIPELINE_LINT_RULES = {
  'aws-target': 'A monitored stage names its AWS resource (amazonaws.com/arn)',
  'flow-ref': 'stagecraft.io/reads-from and writes-to list entity refs',
  threshold: 'stagecraft.io/threshold-* annotations hold valid levels',
  stages: "A pipeline's spec.dependsOn lists its stages as entity refs",
  'stage-exists': 'Every stage a pipeline lists is in the catalog',
} as const;

export type PipelineLintRuleId = keyof typeof PIPELINE_LINT_RULES;

/** One problem with an entity's pipeline annotations, with the field it is about. */
export interface PipelineAnnotationProblem {
  ruleId: PipelineLintRuleId;
  /** e.g. `metadata.annotations["amazonaws.com/arn"]` or `spec.dependsOn` */
  field: string;
  message: string;
}

const annotationField = (annotation: string) =>
  `metadata.annotations["${annotation}"]`;

/** Each AWS-target message begins with the annotation it is about. */
function awsTargetField(message: string): string {
  const annotation =
    [ANNOTATION_ROADIE_LAMBDA_NAME, ANNOTATION_ROADIE_LAMBDA_REGION].find(a =>
      message.startsWith(a),
    ) ?? ANNOTATION_AWS_ARN;
  return annotationField(annotation);
}

/** Each threshold message begins with its annotation, up to a colon or a space. */
function thresholdField(message: string): string {
  return annotationField(message.split(/[:\s]/, 1)[0]);
}

/**
 * The problems the pipeline pages would show for this entity, from the entity
 * alone: its AWS target, its flow annotations and threshold overrides, and,
 * for a pipeline, its list of stages. Whether the stages exist needs the
 * catalog: see {@link missingPipelineStages}.
 */
export function pipelineAnnotationProblems(
  entity: Entity,
): PipelineAnnotationProblem[] {
  const problems: PipelineAnnotationProblem[] = [];
  for (const message of resolveAwsTarget(entity).problems) {
    problems.push({
      ruleId: 'aws-target',
      field: awsTargetField(message),
      message,
    });
  }
  for (const problem of readFlowRefs(entity).problems) {
    problems.push({
      ruleId: 'flow-ref',
      field: annotationField(problem.annotation),
      message: problem.message,
    });
  }
  for (const message of readThresholdOverrides(entity).problems) {
    problems.push({
      ruleId: 'threshold',
      field: thresholdField(message),
      message,
    });
  }
  if (isPipelineEntity(entity)) {
    for (const message of pipelineStageRefs(entity).problems) {
      problems.push({ ruleId: 'stages', field: 'spec.dependsOn', message });
    }
  }
  return problems;
}

/** The path of the `spec.dependsOn` entry that names this stage. */
function dependsOnEntryField(pipeline: Entity, ref: string): string {
  const entries = pipeline.spec?.dependsOn as unknown[];
  const defaults = {
    defaultNamespace: pipeline.metadata.namespace ?? 'default',
  };
  const index = entries.findIndex(value => {
    try {
      return (
        typeof value === 'string' && parseStageRef(value, defaults) === ref
      );
    } catch {
      return false;
    }
  });
  return index < 0 ? 'spec.dependsOn' : `spec.dependsOn[${index}]`;
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
  if (!isPipelineEntity(pipeline)) return [];
  return pipelineStageRefs(pipeline)
    .refs.filter(ref => !hasEntity(ref))
    .map(ref => ({
      ruleId: 'stage-exists' as const,
      field: dependsOnEntryField(pipeline, ref),
      message: missingStageMessage(ref),
    }));
}
