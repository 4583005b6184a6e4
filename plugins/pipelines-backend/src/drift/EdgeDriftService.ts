import { LoggerService } from '@backstage/backend-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  PipelineEdgeDrift,
  buildPipelineFlow,
  pipelineStageRefs,
  readFlowRefs,
  stageTypeOf,
} from '@stagecraft/plugin-pipelines-common';
import {
  Credentials,
  loadMoreEntities,
  loadPipeline,
} from '../service/catalogEntities';
import { isoNow } from '../service/clock';
import {
  EntityLookup,
  arnOf,
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
  constructor(private readonly options: EdgeDriftServiceOptions) {}

  async getEdgeDrift(
    ref: CompoundEntityRef,
    auth: Credentials,
  ): Promise<PipelineEdgeDrift> {
    const { catalog } = this.options;
    const pipeline = await loadPipeline(catalog, ref, auth);
    const stageRefs = pipelineStageRefs(pipeline).refs;
    const entities = await loadMoreEntities(
      catalog,
      new Map(),
      stageRefs,
      auth,
    );
    await loadMoreEntities(
      catalog,
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
      generatedAt: isoNow(this.options.clock),
    };
  }
}
