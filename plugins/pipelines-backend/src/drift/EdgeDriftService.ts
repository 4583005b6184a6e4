import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ANNOTATION_AWS_ARN,
  PipelineEdgeDrift,
  buildPipelineFlow,
  isPipelineEntity,
  pipelineStageRefs,
  readFlowRefs,
  stageTypeOf,
} from '@stagecraft/plugin-pipelines-common';
import {
  EntityLookup,
  flowNeighbourRefs,
  isDeadLetterQueue,
} from '../service/stageContext';
import { compareEdges } from './compareEdges';
import {
  EdgeObservationRequest,
  EdgeObserver,
  OBSERVED_STAGE_TYPES,
  StageEdgeObservation,
  operationOf,
} from './types';

export interface EdgeDriftServiceOptions {
  catalog: CatalogService;
  observer: EdgeObserver;
  logger: LoggerService;
  clock?: () => number;
}

const SOURCE_TYPES = ['kinesis-stream', 'sqs-queue'];

const arnOf = (entity: Entity | undefined) =>
  entity?.metadata.annotations?.[ANNOTATION_AWS_ARN];

/** The ARNs a Lambda declares it reads (streams and queues) and the dead-letter queues it writes to. */
function observationHints(
  ref: string,
  entities: EntityLookup,
): EdgeObservationRequest['hints'] {
  const entity = entities.get(ref)!;
  const sources = new Set(readFlowRefs(entity).readsFrom);
  for (const [other, e] of entities) {
    if (e && readFlowRefs(e).writesTo.includes(ref)) sources.add(other);
  }
  const sourceArn = (r: string) => {
    const e = entities.get(r);
    return e && SOURCE_TYPES.includes(stageTypeOf(e) ?? '')
      ? arnOf(e)
      : undefined;
  };
  const declaredSourceArns = [...sources]
    .map(sourceArn)
    .filter((a): a is string => !!a);
  const deadLetterArns = readFlowRefs(entity)
    .writesTo.map(r => entities.get(r))
    .filter(isDeadLetterQueue)
    .map(arnOf)
    .filter((a): a is string => !!a);
  return { seed: ref, declaredSourceArns, deadLetterArns };
}

/**
 * The edges a pipeline's YAML and AWS disagree on. Each Lambda and Kinesis stream stage
 * is asked on its own: one that fails, is throttled, denied or hangs is "unknown" with the
 * reason and takes no other stage with it.
 */
export class EdgeDriftService {
  private readonly clock: () => number;

  constructor(private readonly options: EdgeDriftServiceOptions) {
    this.clock = options.clock ?? Date.now;
  }

  async getEdgeDrift(
    ref: CompoundEntityRef,
    auth: { credentials: BackstageCredentials },
  ): Promise<PipelineEdgeDrift> {
    const { catalog } = this.options;
    const pipeline = await catalog.getEntityByRef(ref, auth);
    if (!pipeline) {
      throw new NotFoundError(
        `No entity ${stringifyEntityRef(ref)} in the catalog`,
      );
    }
    if (!isPipelineEntity(pipeline)) {
      throw new InputError(
        `${stringifyEntityRef(
          pipeline,
        )} is not a pipeline (expected a Component with spec.type: pipeline)`,
      );
    }
    const stageRefs = pipelineStageRefs(pipeline).refs;
    const entities = new Map<string, Entity | undefined>();
    await this.load(entities, stageRefs, auth);
    await this.load(
      entities,
      [...entities.values()].flatMap(e => (e ? flowNeighbourRefs(e) : [])),
      auth,
    );

    const flow = buildPipelineFlow(pipeline, entities);
    const observed = flow.stages.filter(
      s => s.aws && OBSERVED_STAGE_TYPES.includes(s.aws.stageType),
    );
    const observations = new Map<string, StageEdgeObservation>();
    await Promise.all(
      observed.map(async stage => {
        const target = stage.aws!;
        try {
          observations.set(
            stage.ref,
            await this.options.observer.observe({
              target,
              hints: observationHints(stage.ref, entities),
            }),
          );
        } catch (error) {
          this.options.logger.warn(
            `Edge drift: could not observe ${stage.ref}: ${error}`,
          );
          observations.set(stage.ref, {
            operation: operationOf(target),
            error: String((error as Error)?.message ?? error),
          });
        }
      }),
    );

    return {
      pipeline: {
        ref: flow.pipelineRef,
        title: pipeline.metadata.title ?? pipeline.metadata.name,
      },
      source: this.options.observer.kind,
      ...compareEdges({
        stageRefs: stageRefs.filter(r => entities.get(r)),
        entities,
        observations,
      }),
      generatedAt: new Date(this.clock()).toISOString(),
    };
  }

  private async load(
    known: Map<string, Entity | undefined>,
    refs: string[],
    auth: { credentials: BackstageCredentials },
  ): Promise<void> {
    const missing = [...new Set(refs)].filter(r => !known.has(r));
    if (missing.length === 0) return;
    const { items } = await this.options.catalog.getEntitiesByRefs(
      { entityRefs: missing },
      auth,
    );
    missing.forEach((r, i) => known.set(r, items[i] ?? undefined));
  }
}
