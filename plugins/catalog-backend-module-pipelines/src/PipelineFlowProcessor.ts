import { LoggerService } from '@backstage/backend-plugin-api';
import {
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  LocationSpec,
  processingResult,
} from '@backstage/plugin-catalog-node';
import {
  RELATION_READ_BY,
  RELATION_READS_FROM,
  RELATION_WRITES_TO,
  RELATION_WRITTEN_BY,
  readFlowRefs,
} from '@stagecraft/plugin-pipelines-common';

/**
 * Emits `readsFrom`/`readBy` and `writesTo`/`writtenBy` relations from the
 * `stagecraft.io/reads-from` and `stagecraft.io/writes-to` annotations.
 *
 * A ref that cannot be read is logged (naming file, entity and annotation) and skipped
 * rather than reported as a processing error: the catalog does not store an entity with
 * processing errors, and one typo in a flow annotation must not hide the whole entity.
 * The pipeline pages show the same problem on the stage.
 */
export class PipelineFlowProcessor implements CatalogProcessor {
  constructor(private readonly logger?: LoggerService) {}

  getProcessorName(): string {
    return 'PipelineFlowProcessor';
  }

  async postProcessEntity(
    entity: Entity,
    location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    const { readsFrom, writesTo, problems } = readFlowRefs(entity);
    const self = getCompoundEntityRef(entity);
    const selfRef = stringifyEntityRef(self);

    for (const problem of problems) {
      this.logger?.warn(
        `${location.type}:${location.target}: entity ${selfRef}: metadata.annotations["${problem.annotation}"]: ${problem.message}`,
      );
    }

    const emitPair = (targetRef: string, forward: string, inverse: string) => {
      const target = parseEntityRef(targetRef);
      emit(processingResult.relation({ source: self, type: forward, target }));
      emit(
        processingResult.relation({
          source: target,
          type: inverse,
          target: self,
        }),
      );
    };
    readsFrom.forEach(ref =>
      emitPair(ref, RELATION_READS_FROM, RELATION_READ_BY),
    );
    writesTo.forEach(ref =>
      emitPair(ref, RELATION_WRITES_TO, RELATION_WRITTEN_BY),
    );
    return entity;
  }
}
