import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { readableEntityRefs } from '@stagecraft/backend-node';
import {
  BlastRadiusIndex,
  BlastRadiusQuery,
  BlastRadiusResult,
  buildBlastRadiusResult,
  traverseForQuery,
} from '@stagecraft/plugin-blast-radius-common';
import { IndexCache } from './IndexCache';

/** A missing start entity triggers a reload when the index is older than this. */
const MISSING_ENTITY_RELOAD_AGE_MS = 5_000;

/**
 * Computes blast radii from the cached index and shows each user only what
 * the catalog lets them read.
 *
 * The index is loaded with the plugin's own service credentials, so it holds
 * every entity. Each answer is therefore filtered through the catalog's read
 * permission for the requesting user: one batched `getEntitiesByRefs` call
 * with the user's credentials over every entity the answer would name. What
 * comes back empty is left out (and counted in `hiddenCount`); if the user
 * may not read the start entity the answer is 404, as in the catalog.
 */
export class BlastRadiusService {
  constructor(
    private readonly cache: IndexCache,
    private readonly catalog: CatalogService,
  ) {}

  async getBlastRadius(
    entityRef: string,
    query: BlastRadiusQuery,
    credentials: BackstageCredentials,
  ): Promise<BlastRadiusResult> {
    let index = await this.cache.get();
    let traversal = traverseForQuery(index, entityRef, query);
    if (!traversal) {
      index = await this.cache.getNoOlderThan(MISSING_ENTITY_RELOAD_AGE_MS);
      traversal = traverseForQuery(index, entityRef, query);
    }
    const notFound = new NotFoundError(`No entity named ${entityRef}`);
    if (!traversal) {
      throw notFound;
    }

    const readable = await readableEntityRefs(
      this.catalog,
      this.refsToCheck(index, traversal.order),
      credentials,
    );
    const root = index.entity(traversal.root).entityRef;
    if (!readable.has(root)) {
      throw notFound;
    }
    return buildBlastRadiusResult(index, traversal, {
      ...query,
      isVisible: ref => readable.has(ref),
    });
  }

  /** Every entity an answer may name: reached ones, their systems and owners, on-call users. */
  private refsToCheck(
    index: BlastRadiusIndex,
    ids: Iterable<number>,
  ): Set<string> {
    const refs = new Set<string>();
    const add = (ref: string | undefined) => {
      const entity = ref ? index.findEntity(ref) : undefined;
      if (entity) {
        refs.add(entity.entityRef);
      }
      return entity;
    };
    for (const id of ids) {
      const entity = index.entity(id);
      refs.add(entity.entityRef);
      add(entity.system);
      const owner = add(entity.owner);
      add(owner?.oncallContact);
    }
    return refs;
  }
}
