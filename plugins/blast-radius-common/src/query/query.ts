import {
  BLAST_RADIUS_RELATION_IDS,
  findBlastRadiusRelation,
} from '../relations';
import { BLAST_RADIUS_DIRECTIONS, BlastRadiusDirection } from '../types';

/** The largest numeric depth accepted; `all` has no limit. */
export const MAX_BLAST_RADIUS_DEPTH = 100;

/** Nodes in an answer when the query gives no `limit`: more than a page can draw legibly. */
export const DEFAULT_BLAST_RADIUS_LIMIT = 500;

/** The largest `limit` accepted. */
export const MAX_BLAST_RADIUS_LIMIT = 5_000;

/** What to compute, as given in the query string of the blast radius route. */
export interface BlastRadiusQuery {
  direction: BlastRadiusDirection;
  /** `null`: follow until nothing new is reached. */
  depth: number | null;
  /** Relation pair ids (see `BLAST_RADIUS_RELATIONS`). */
  relations: string[];
  /** Kinds to show (lower case); `null`: all. */
  kinds: string[] | null;
  /** Most nodes in the answer, the start included; the nearest are kept. */
  limit: number;
}

export const DEFAULT_BLAST_RADIUS_QUERY: BlastRadiusQuery = {
  direction: 'dependents',
  depth: null,
  relations: [...BLAST_RADIUS_RELATION_IDS],
  kinds: null,
  limit: DEFAULT_BLAST_RADIUS_LIMIT,
};

/** A query parameter that cannot be understood; the message names it. */
export class BlastRadiusQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BlastRadiusQueryError';
  }
}

function single(name: string, value: unknown): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw new BlastRadiusQueryError(
      `Query parameter "${name}" must be given once, as a string`,
    );
  }
  return value.trim();
}

function list(name: string, value: unknown): string[] | undefined {
  const text = single(name, value);
  if (text === undefined || text === '') {
    return undefined;
  }
  return text
    .split(',')
    .map(item => item.trim())
    .filter(Boolean);
}

/**
 * Reads `direction`, `depth`, `relations`, `kinds` and `limit` from a parsed query
 * string. Missing parameters take the defaults; a bad one throws a
 * `BlastRadiusQueryError` naming the parameter, the value and what is allowed.
 */
export function parseBlastRadiusQuery(
  params: Record<string, unknown>,
): BlastRadiusQuery {
  const query: BlastRadiusQuery = {
    ...DEFAULT_BLAST_RADIUS_QUERY,
    relations: [...DEFAULT_BLAST_RADIUS_QUERY.relations],
  };

  const direction = single('direction', params.direction);
  if (direction) {
    if (!BLAST_RADIUS_DIRECTIONS.includes(direction as BlastRadiusDirection)) {
      throw new BlastRadiusQueryError(
        `Invalid direction "${direction}": expected one of ${BLAST_RADIUS_DIRECTIONS.join(
          ', ',
        )}`,
      );
    }
    query.direction = direction as BlastRadiusDirection;
  }

  const depth = single('depth', params.depth);
  if (depth && depth.toLocaleLowerCase('en-US') !== 'all') {
    const value = Number(depth);
    if (!/^\d+$/.test(depth) || value < 1 || value > MAX_BLAST_RADIUS_DEPTH) {
      throw new BlastRadiusQueryError(
        `Invalid depth "${depth}": expected a whole number from 1 to ${MAX_BLAST_RADIUS_DEPTH}, or "all"`,
      );
    }
    query.depth = value;
  }

  const relations = list('relations', params.relations);
  if (relations) {
    const ids = new Set<string>();
    for (const name of relations) {
      const relation = findBlastRadiusRelation(name);
      if (!relation) {
        throw new BlastRadiusQueryError(
          `Invalid relations: unknown relation "${name}"; expected any of ${BLAST_RADIUS_RELATION_IDS.join(
            ', ',
          )} (or their inverse names)`,
        );
      }
      ids.add(relation.id);
    }
    query.relations = BLAST_RADIUS_RELATION_IDS.filter(id => ids.has(id));
  }

  const kinds = list('kinds', params.kinds);
  if (kinds) {
    for (const kind of kinds) {
      if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(kind)) {
        throw new BlastRadiusQueryError(
          `Invalid kinds: "${kind}" is not an entity kind`,
        );
      }
    }
    query.kinds = [...new Set(kinds.map(k => k.toLocaleLowerCase('en-US')))];
  }

  const limit = single('limit', params.limit);
  if (limit) {
    const value = Number(limit);
    if (!/^\d+$/.test(limit) || value < 1 || value > MAX_BLAST_RADIUS_LIMIT) {
      throw new BlastRadiusQueryError(
        `Invalid limit "${limit}": expected a whole number from 1 to ${MAX_BLAST_RADIUS_LIMIT}`,
      );
    }
    query.limit = value;
  }
  return query;
}

/** The query string for a query, leaving out defaults. */
export function blastRadiusQueryToSearchParams(
  query: Partial<BlastRadiusQuery>,
): URLSearchParams {
  const params = new URLSearchParams();
  if (query.direction && query.direction !== 'dependents') {
    params.set('direction', query.direction);
  }
  if (query.depth !== undefined && query.depth !== null) {
    params.set('depth', String(query.depth));
  }
  if (
    query.relations &&
    (query.relations.length !== BLAST_RADIUS_RELATION_IDS.length ||
      !BLAST_RADIUS_RELATION_IDS.every(id => query.relations!.includes(id)))
  ) {
    params.set('relations', query.relations.join(','));
  }
  if (query.kinds && query.kinds.length > 0) {
    params.set('kinds', query.kinds.join(','));
  }
  if (
    query.limit !== undefined &&
    query.limit !== DEFAULT_BLAST_RADIUS_QUERY.limit
  ) {
    params.set('limit', String(query.limit));
  }
  return params;
}
