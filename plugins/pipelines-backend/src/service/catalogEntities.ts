import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { isPipelineEntity } from '@stagecraft/plugin-pipelines-common';

/** Whose catalog permissions every read goes by. */
export interface Credentials {
  credentials: BackstageCredentials;
}

/** The entity at `ref` as the caller may see it; a NotFoundError when it is not there for them. */
export async function loadEntity(
  catalog: CatalogService,
  ref: CompoundEntityRef,
  auth: Credentials,
): Promise<Entity> {
  const entity = await catalog.getEntityByRef(ref, auth);
  if (!entity) {
    throw new NotFoundError(
      `No entity ${stringifyEntityRef(ref)} in the catalog`,
    );
  }
  return entity;
}

/** The pipeline at `ref`; an InputError naming what it is instead when it is not a pipeline. */
export async function loadPipeline(
  catalog: CatalogService,
  ref: CompoundEntityRef,
  auth: Credentials,
): Promise<Entity> {
  const pipeline = await loadEntity(catalog, ref, auth);
  if (!isPipelineEntity(pipeline)) {
    throw new InputError(
      `${stringifyEntityRef(
        pipeline,
      )} is not a pipeline (expected a Component with spec.type: pipeline, got ${
        pipeline.kind
      } with spec.type: ${String(pipeline.spec?.type)})`,
    );
  }
  return pipeline;
}

/**
 * Loads the refs not yet in `known` into it (a ref the caller may not see, or that is not
 * in the catalog, maps to undefined) and returns it.
 */
export async function loadMoreEntities(
  catalog: CatalogService,
  known: Map<string, Entity | undefined>,
  refs: string[],
  auth: Credentials,
): Promise<Map<string, Entity | undefined>> {
  const missing = [...new Set(refs)].filter(ref => !known.has(ref));
  if (missing.length === 0) return known;
  const { items } = await catalog.getEntitiesByRefs(
    { entityRefs: missing },
    auth,
  );
  missing.forEach((ref, i) => known.set(ref, items[i] ?? undefined));
  return known;
}
