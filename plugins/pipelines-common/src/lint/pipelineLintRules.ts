import { Entity } from '@backstage/catalog-model';
import type { RuleDescriptor } from '@stagecraft/plugin-catalog-rules-common';
import {
  ANNOTATION_AWS_ARN,
  ANNOTATION_ROADIE_LAMBDA_NAME,
  ANNOTATION_ROADIE_LAMBDA_REGION,
} from '@stagecraft/catalog-conventions-common';
import { readThresholdOverrides } from '../health/thresholds';
import { resolveAwsTarget } from '../model/awsTarget';
import { parseStageRef, readFlowRefs } from '../model/flowRefs';
import { missingStageMessage, pipelineStageRefs } from '../model/pipelineFlow';
import { isPipelineEntity } from '../model/stageTypes';

export type PipelineLintRuleId =
  | 'aws-target'
  | 'flow-ref'
  | 'threshold'
  | 'stages'
  | 'stage-exists';

/** One problem with an entity's pipeline annotations, with the field it is about. */
export interface PipelineAnnotationProblem {
  ruleId: PipelineLintRuleId;
  /** e.g. `metadata.annotations["amazonaws.com/arn"]` or `spec.dependsOn` */
  field: string;
  message: string;
}

export type PipelineLintContext = {
  /** Whether the catalog holds an entity with this ref; absent when there is no catalog. */
  hasEntity?: (ref: string) => boolean;
};

/** A pipeline annotation rule; the catalog stores such entities anyway, so each is a warning. */
export type PipelineLintRule = RuleDescriptor<
  PipelineLintContext,
  PipelineAnnotationProblem[]
> & {
  id: PipelineLintRuleId;
  check(
    entity: Entity,
    context: PipelineLintContext,
  ): PipelineAnnotationProblem[];
};

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
 * Rules of the pipeline annotations, as the lint CLI reports them
 * (`pipelines/<id>`), in the order their problems are reported. The pipeline
 * pages show the same messages on the stage.
 */
export const PIPELINE_LINT_RULES: readonly PipelineLintRule[] = [
  {
    id: 'aws-target',
    severity: 'warning',
    description: 'A monitored stage names its AWS resource (amazonaws.com/arn)',
    needsCatalog: false,
    check: entity =>
      resolveAwsTarget(entity).problems.map(message => ({
        ruleId: 'aws-target',
        field: awsTargetField(message),
        message,
      })),
  },
  {
    id: 'flow-ref',
    severity: 'warning',
    description: 'stagecraft.io/reads-from and writes-to list entity refs',
    needsCatalog: false,
    check: entity =>
      readFlowRefs(entity).problems.map(problem => ({
        ruleId: 'flow-ref',
        field: annotationField(problem.annotation),
        message: problem.message,
      })),
  },
  {
    id: 'threshold',
    severity: 'warning',
    description: 'stagecraft.io/threshold-* annotations hold valid levels',
    needsCatalog: false,
    check: entity =>
      readThresholdOverrides(entity).problems.map(message => ({
        ruleId: 'threshold',
        field: thresholdField(message),
        message,
      })),
  },
  {
    id: 'stages',
    severity: 'warning',
    description: "A pipeline's spec.dependsOn lists its stages as entity refs",
    needsCatalog: false,
    check: entity =>
      isPipelineEntity(entity)
        ? pipelineStageRefs(entity).problems.map(message => ({
            ruleId: 'stages',
            field: 'spec.dependsOn',
            message,
          }))
        : [],
  },
  {
    id: 'stage-exists',
    severity: 'warning',
    description: 'Every stage a pipeline lists is in the catalog',
    needsCatalog: true,
    check: (pipeline, { hasEntity }) =>
      hasEntity && isPipelineEntity(pipeline)
        ? pipelineStageRefs(pipeline)
            .refs.filter(ref => !hasEntity(ref))
            .map(ref => ({
              ruleId: 'stage-exists',
              field: dependsOnEntryField(pipeline, ref),
              message: missingStageMessage(ref),
            }))
        : [],
  },
];
