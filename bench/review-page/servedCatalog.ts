import { setImmediate as nextTurn } from 'timers/promises';
import {
  CompoundEntityRef,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { InMemoryCatalogClient } from '@backstage/catalog-client/testUtils';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { refKey } from '@stagecraft/catalog-conventions-common';

/** `fields` of `entity`, as the catalog's `fields` parameter returns them. */
function project(entity: Entity, fields?: string[]): Entity {
  if (!fields?.length) return entity;
  const out: Record<string, any> = {};
  for (const field of fields) {
    const path = field.split('.');
    let from: any = entity;
    for (const part of path) from = from?.[part];
    if (from === undefined) continue;
    let to = out;
    for (const part of path.slice(0, -1)) to = to[part] ??= {};
    to[path[path.length - 1]] = from;
  }
  return out as Entity;
}

/**
 * The catalog as the secrets backend meets it over HTTP, from memory:
 * `InMemoryCatalogClient` (the `catalogServiceMock`) filters every entity on
 * every call, synchronously, on the backend's own event loop: a stream of 51
 * pages of secrets filtered all 60,560 entities 51 times (seconds each), and
 * each `getEntitiesByRefs` indexed all of them again. The real catalog does
 * that work in its database, in another process; the backend only waits. So
 * here a filter is applied once and its matches kept (the entities do not
 * change during the bench), pages are handed out one turn of the event loop
 * apart (as HTTP responses arrive), and refs are looked up in one index.
 * Credentials are not checked (as in `catalogServiceMock`); the review applies
 * the caller's catalog permission itself.
 */
/** How many entity streams the bench's catalog served: reading only versions, or more. */
export const catalogStreams = { versionsOnly: 0, more: 0 };

export function servedCatalog(entities: Entity[]): CatalogService {
  const inner = new InMemoryCatalogClient({ entities });
  const byRef = new Map(entities.map(entity => [refKey(entity), entity]));
  const matches = new Map<string, Promise<Entity[]>>();
  const matching = (request: { filter?: unknown }) => {
    const key = JSON.stringify(request.filter ?? null);
    let found = matches.get(key);
    if (!found) {
      found = inner
        .queryEntities({ filter: request.filter as any })
        .then(response => response.items);
      matches.set(key, found);
    }
    return found;
  };
  const lookUp = (ref: string | CompoundEntityRef) =>
    byRef.get(refKey(typeof ref === 'string' ? ref : stringifyEntityRef(ref)));

  const overrides: Partial<CatalogService> = {
    async *streamEntities(request) {
      const fields = request?.fields ?? [];
      if (
        fields.length > 0 &&
        fields.every(field => /^metadata\.(uid|etag)$/.test(field))
      ) {
        catalogStreams.versionsOnly += 1;
      } else {
        catalogStreams.more += 1;
      }
      if (request && ('query' in request || 'fullTextFilter' in request)) {
        yield* inner.streamEntities(request as any);
        return;
      }
      const all = await matching(request ?? {});
      const pageSize = request?.pageSize ?? 500;
      for (let start = 0; start < all.length; start += pageSize) {
        await nextTurn();
        yield all
          .slice(start, start + pageSize)
          .map(entity => project(entity, request?.fields));
      }
    },
    async getEntitiesByRefs(request) {
      if (request.filter || request.query) {
        return inner.getEntitiesByRefs(request);
      }
      await nextTurn();
      return {
        items: request.entityRefs.map(ref => {
          const entity = lookUp(ref);
          return entity ? project(entity, request.fields) : undefined;
        }),
      };
    },
    async getEntityByRef(ref) {
      await nextTurn();
      return lookUp(ref);
    },
  };
  return new Proxy(inner as unknown as CatalogService, {
    get(target, prop) {
      if (prop in overrides) return (overrides as any)[prop];
      const value = (target as any)[prop];
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** {@link servedCatalog} as the backend's catalog service. */
export const servedCatalogFactory = (entities: Entity[]) =>
  createServiceFactory({
    service: catalogServiceRef,
    deps: {},
    factory: () => servedCatalog(entities),
  });
