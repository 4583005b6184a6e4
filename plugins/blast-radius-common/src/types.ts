/**
 * `dependents`: what breaks if the entity breaks (its blast radius).
 * `dependencies`: what the entity needs to work.
 */
export type BlastRadiusDirection = 'dependents' | 'dependencies';

export const BLAST_RADIUS_DIRECTIONS: readonly BlastRadiusDirection[] = [
  'dependents',
  'dependencies',
];

/** A `metadata.links` entry kept by the index. */
export interface BlastRadiusLink {
  url: string;
  title?: string;
  /** `metadata.links[].type`, e.g. `runbook`. */
  type?: string;
}

/** What the blast radius shows of an entity. */
export interface BlastRadiusEntitySummary {
  entityRef: string;
  kind: string;
  namespace: string;
  name: string;
  title?: string;
  /** `spec.type`, e.g. `secret-store`. */
  type?: string;
}

/** An entity reached from the start entity. */
export interface BlastRadiusNode extends BlastRadiusEntitySummary {
  /** Hops from the start entity along followed relations; 0 for the start. */
  distance: number;
  /** The system the entity is part of; a system is its own system. */
  system?: string;
  /** The entity's owner (usually a Group). */
  owner?: string;
}

/**
 * An edge of the shortest-path graph: `target` is one hop further from the
 * start than `source`. `indirect` edges skip entities left out of the result
 * (by the kinds filter or because the user may not read them).
 */
export interface BlastRadiusEdge {
  source: string;
  target: string;
  /** The catalog relation types on `source` that lead to `target`. */
  relations: string[];
  indirect?: boolean;
}

/** Whom to call about an owner's entities. */
export interface BlastRadiusOnCallContact {
  /** A User ref. */
  entityRef: string;
  name: string;
  email?: string;
}

/** One affected entity in the owners list. */
export interface BlastRadiusAffectedEntity extends BlastRadiusEntitySummary {
  distance: number;
  system?: string;
  /** Links of type `runbook` or `incident-response`. */
  runbooks: BlastRadiusLink[];
}

/** An owner of affected entities, with its on-call contact. */
export interface BlastRadiusAffectedOwner {
  /** The owner; `title` is missing when the owner is not in the catalog. */
  owner: BlastRadiusEntitySummary & { email?: string };
  /** From the Group's `stagecraft.io/oncall-contact`, or the owning User. */
  oncall?: BlastRadiusOnCallContact;
  /** The Group's links of type `oncall`. */
  oncallSchedules: BlastRadiusLink[];
  /** Every affected entity it owns, those beyond the answer's limit included. */
  entityCount: number;
  /** Distance of its nearest affected entity (0 when it owns the start). */
  nearestDistance: number;
  /**
   * Its affected entities within the answer's limit, nearest first; empty when
   * all of them lie beyond the limit.
   */
  entities: BlastRadiusAffectedEntity[];
}

/** The answer of `GET /blast-radius/:kind/:namespace/:name`. */
export interface BlastRadiusResult {
  root: BlastRadiusNode;
  direction: BlastRadiusDirection;
  /** Maximum distance followed; `null` means no limit. */
  depth: number | null;
  /** Relation pair ids followed (see `BLAST_RADIUS_RELATIONS`). */
  relations: string[];
  /** Kinds shown (lower case); `null` means all. */
  kinds: string[] | null;
  /** Most nodes the answer holds, the start included. */
  limit: number;
  /**
   * The nearest `limit` shown entities, the start first, nearest first (by
   * kind and ref within a distance).
   */
  nodes: BlastRadiusNode[];
  /** Edges among `nodes`; `indirect` through entities left out. */
  edges: BlastRadiusEdge[];
  /** True when the depth limit cut off entities further away. */
  truncated: boolean;
  /**
   * Every entity the answer would show without `limit`, the start included;
   * `nodes.length` of them are in `nodes`.
   */
  totalCount: number;
  /** Entities beyond `limit` by kind; they add up to `totalCount - nodes.length`. */
  omittedByKind: Record<string, number>;
  /** Systems and owners that shown nodes refer to, for legends. */
  references: Record<string, BlastRadiusEntitySummary>;
  /**
   * Owners of every affected entity (the start included), those beyond
   * `limit` too, nearest first: whom to call is never cut.
   */
  owners: BlastRadiusAffectedOwner[];
  /** Reached entities the requesting user may not read; left out. */
  hiddenCount: number;
  /** When the index the answer was computed from was loaded (ISO 8601). */
  indexUpdatedAt: string;
}
