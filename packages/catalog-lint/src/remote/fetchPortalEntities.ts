import { Entity } from '@backstage/catalog-model';
import { CatalogClient } from '@backstage/catalog-client';

/** The portal could not be read; the run stops with exit code 2. */
export class PortalError extends Error {}

const PAGE_SIZE = 500;
const REQUEST_TIMEOUT_MS = 60_000;

function isNamedEntity(entity: unknown): entity is Entity {
  const candidate = entity as Entity | undefined;
  return (
    typeof candidate?.kind === 'string' &&
    typeof candidate.metadata?.name === 'string'
  );
}

/**
 * Reads every entity of a portal's catalog through
 * `GET /api/catalog/entities/by-query`, following its cursor pagination.
 * Errors name the URL and the HTTP status, never the token.
 */
export async function fetchPortalEntities(options: {
  baseUrl: string;
  token?: string;
  pageSize?: number;
  onPage?: (count: number) => void;
}): Promise<Entity[]> {
  const limit = options.pageSize ?? PAGE_SIZE;
  let base: URL;
  try {
    base = new URL(options.baseUrl);
  } catch {
    throw new PortalError(
      `--catalog-url "${options.baseUrl}" is not a URL; expected the portal's base URL, e.g. https://portal.example.com`,
    );
  }
  const catalogUrl = new URL(
    'api/catalog',
    base.href.endsWith('/') ? base.href : `${base.href}/`,
  ).href;
  const client = new CatalogClient({
    discoveryApi: { getBaseUrl: async () => catalogUrl },
    fetchApi: {
      fetch: (input, init) =>
        fetch(input, {
          ...init,
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        }),
    },
  });

  const entities: Entity[] = [];
  const seenCursors = new Set<string>();
  let cursor: string | undefined;
  try {
    do {
      const response = await client.queryEntities(
        cursor ? { cursor, limit } : { limit },
        options.token ? { token: options.token } : undefined,
      );
      entities.push(...response.items.filter(isNamedEntity));
      options.onPage?.(entities.length);
      cursor = response.pageInfo.nextCursor;
      if (cursor && seenCursors.has(cursor)) {
        throw new Error('the catalog returned the same page cursor twice');
      }
      if (cursor) {
        seenCursors.add(cursor);
      }
    } while (cursor);
  } catch (error) {
    let reason = (error as Error)?.message ?? String(error);
    if (options.token) {
      reason = reason.split(options.token).join('<token>');
    }
    throw new PortalError(
      `Could not read the catalog at ${catalogUrl}/entities/by-query: ${reason}`,
    );
  }
  return entities;
}
