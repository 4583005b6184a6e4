import {
  Entity,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  LINK_TYPE_ONCALL,
  oncallContactOf,
  refKey,
} from '@stagecraft/catalog-conventions-common';
import { BLAST_RADIUS_RELATION_IDS, relationTypesToFollow } from '../relations';
import { RUNBOOK_LINK_TYPES } from '../runbookLinkTypes';
import { BlastRadiusEntitySummary, BlastRadiusLink } from '../types';
import { Interned } from './Interned';

/** What the index keeps of one entity. */
export interface IndexedEntity extends BlastRadiusEntitySummary {
  /** Owner ref (canonical spelling when the owner is in the index). */
  owner?: string;
  /** System ref; a system is its own system. */
  system?: string;
  /** Links of type `runbook` / `incident-response`. */
  runbooks: BlastRadiusLink[];
  /** Groups: the on-call User ref from `stagecraft.io/oncall-contact`. */
  oncallContact?: string;
  /** Groups: links of type `oncall`. */
  oncallSchedules: BlastRadiusLink[];
  /** Groups and Users: `spec.profile.email`. */
  email?: string;
  /** Groups and Users: `spec.profile.displayName`. */
  displayName?: string;
}

/** At most this many problems are kept for the log. */
const MAX_PROBLEMS = 20;

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function readLinks(
  entity: Entity,
  types: readonly string[],
): BlastRadiusLink[] {
  const links = entity.metadata?.links;
  if (!Array.isArray(links)) {
    return [];
  }
  const result: BlastRadiusLink[] = [];
  for (const link of links) {
    const type = str(link?.type)?.trim().toLocaleLowerCase('en-US');
    const url = str(link?.url);
    if (type && url && types.includes(type)) {
      result.push({ url, title: str(link.title), type });
    }
  }
  return result;
}

function readOncallContact(entity: Entity): string | undefined {
  const contact = oncallContactOf(entity)?.ref;
  return contact ? stringifyEntityRef(contact) : undefined;
}

function compareStrings(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

function rankByKindAndRef(entities: readonly IndexedEntity[]): Int32Array {
  const ids = Int32Array.from(entities, (_e, id) => id);
  ids.sort(
    (a, b) =>
      compareStrings(entities[a].kind, entities[b].kind) ||
      compareStrings(entities[a].entityRef, entities[b].entityRef),
  );
  const ranks = new Int32Array(entities.length);
  ids.forEach((id, rank) => {
    ranks[id] = rank;
  });
  return ranks;
}

/** Relations in compressed sparse row form (see `BlastRadiusIndex`). */
interface Adjacency {
  edgeStart: Int32Array;
  edgeType: Uint16Array;
  edgeTarget: Int32Array;
}

/** Adjacency with only some relation types, and which (1 by type id). */
interface PartialAdjacency extends Adjacency {
  types: Uint8Array;
}

/**
 * The catalog as adjacency lists: every entity with the few fields the blast
 * radius shows, and its outgoing relations in compressed sparse row form
 * (`edgeStart[id]..edgeStart[id + 1]` index `edgeType` and `edgeTarget`).
 * Immutable once built; the backend swaps in a new one on reload.
 */
export class BlastRadiusIndex {
  /** Builds the index from catalog entities (relations as the catalog emits them). */
  static fromEntities(
    entities: Iterable<Entity>,
    options?: { updatedAt?: Date },
  ): BlastRadiusIndex {
    return new BlastRadiusIndex(entities, options?.updatedAt ?? new Date());
  }

  readonly updatedAt: Date;
  /** Entities the index could not use, and why (at most 20). */
  readonly problems: string[] = [];
  readonly relationCount: number;

  private readonly entities: IndexedEntity[] = [];
  private readonly idByRef = new Map<string, number>();
  private readonly relationTypes = new Interned();
  private readonly edgeStart: Int32Array;
  private readonly edgeType: Uint16Array;
  private readonly edgeTarget: Int32Array;
  private readonly ownerIds: Int32Array;
  private readonly systemIds: Int32Array;
  private readonly oncallIds: Int32Array;
  private readonly ranks: Int32Array;
  private readonly ownerKeys: Int32Array;
  private readonly owners = new Interned();
  private readonly directed: PartialAdjacency[];
  private scratch: Int32Array | undefined;
  private readonly kindKeys: Uint16Array;
  private readonly kinds = new Interned();

  private constructor(input: Iterable<Entity>, updatedAt: Date) {
    this.updatedAt = updatedAt;
    const accepted: Entity[] = [];
    let problemCount = 0;
    const problem = (message: string) => {
      problemCount += 1;
      if (this.problems.length < MAX_PROBLEMS) {
        this.problems.push(message);
      }
    };

    for (const entity of input) {
      const name = str(entity?.metadata?.name);
      const kind = str(entity?.kind);
      if (!name || !kind) {
        problem(
          `Skipped an entity without kind or metadata.name (${JSON.stringify(
            entity?.metadata?.name ?? entity?.kind ?? null,
          )})`,
        );
        continue;
      }
      const namespace = str(entity.metadata.namespace) ?? 'default';
      const entityRef = stringifyEntityRef({ kind, namespace, name });
      const key = refKey(entityRef);
      if (this.idByRef.has(key)) {
        problem(`Skipped a duplicate of ${entityRef}`);
        continue;
      }
      this.idByRef.set(key, this.entities.length);
      accepted.push(entity);
      const isOrg = ['group', 'user'].includes(kind.toLocaleLowerCase('en-US'));
      const profile = entity.spec?.profile as
        | { email?: unknown; displayName?: unknown }
        | undefined;
      this.entities.push({
        entityRef,
        kind: kind.toLocaleLowerCase('en-US'),
        namespace,
        name,
        title: str(entity.metadata.title),
        type: str(entity.spec?.type),
        runbooks: readLinks(entity, RUNBOOK_LINK_TYPES),
        oncallContact: isOrg ? readOncallContact(entity) : undefined,
        oncallSchedules: isOrg ? readLinks(entity, [LINK_TYPE_ONCALL]) : [],
        email: isOrg ? str(profile?.email) : undefined,
        displayName: isOrg ? str(profile?.displayName) : undefined,
      });
    }
    if (problemCount > this.problems.length) {
      this.problems.push(
        `… and ${problemCount - this.problems.length} more problems`,
      );
    }

    const ownedBy = this.relationTypes.add(RELATION_OWNED_BY);
    const partOf = this.relationTypes.add(RELATION_PART_OF);
    const types: number[] = [];
    const targets: number[] = [];
    this.edgeStart = new Int32Array(accepted.length + 1);
    accepted.forEach((entity, id) => {
      this.edgeStart[id] = types.length;
      const indexed = this.entities[id];
      if (indexed.kind === 'system') {
        indexed.system = indexed.entityRef;
      }
      const relations = Array.isArray(entity.relations) ? entity.relations : [];
      for (const relation of relations) {
        const type = str(relation?.type);
        const targetRef = str(relation?.targetRef);
        if (!type || !targetRef) {
          continue;
        }
        const target = this.idByRef.get(refKey(targetRef));
        const typeId = this.relationTypes.add(type);
        if (typeId === ownedBy && !indexed.owner) {
          indexed.owner =
            target === undefined ? targetRef : this.entities[target].entityRef;
        }
        if (
          typeId === partOf &&
          !indexed.system &&
          target !== undefined &&
          this.entities[target].kind === 'system'
        ) {
          indexed.system = this.entities[target].entityRef;
        }
        if (target !== undefined) {
          types.push(typeId);
          targets.push(target);
        }
      }
    });
    this.edgeStart[accepted.length] = types.length;
    this.edgeType = Uint16Array.from(types);
    this.edgeTarget = Int32Array.from(targets);
    this.relationCount = types.length;

    const idOrMissing = (ref: string | undefined) =>
      ref === undefined ? -1 : this.idOf(ref) ?? -1;
    this.ownerIds = Int32Array.from(this.entities, e => idOrMissing(e.owner));
    this.systemIds = Int32Array.from(this.entities, e => idOrMissing(e.system));
    this.oncallIds = Int32Array.from(this.entities, e =>
      idOrMissing(e.oncallContact),
    );
    this.ranks = rankByKindAndRef(this.entities);
    // Each direction follows under half the relations (not ownership or
    // membership, nor the other direction's): its own adjacency lets a
    // traversal skip the rest without reading them.
    this.directed = (['dependents', 'dependencies'] as const).map(direction =>
      this.onlyTypes(
        relationTypesToFollow(BLAST_RADIUS_RELATION_IDS, direction),
      ),
    );
    this.kindKeys = Uint16Array.from(this.entities, e =>
      this.kinds.add(e.kind),
    );
    this.ownerKeys = Int32Array.from(this.entities, e =>
      e.owner === undefined ? -1 : this.owners.add(e.owner),
    );
  }

  /**
   * A small number for the entity's owner ref, from 0 to `ownerCount - 1`
   * (owners missing from the catalog included), or -1 when it has none: lets
   * an answer tally entities by owner in an array.
   */
  ownerKeyOf(id: number): number {
    return this.ownerKeys[id];
  }

  /** A small number for the entity's kind, from 0 to `kindCount - 1`. */
  kindKeyOf(id: number): number {
    return this.kindKeys[id];
  }

  /** The (lower case) kind of a kind key. */
  kindOfKey(key: number): string {
    return this.kinds.at(key);
  }

  /** How many distinct kinds the entities have. */
  get kindCount(): number {
    return this.kinds.size;
  }

  /** The owner ref of an owner key. */
  ownerRefOfKey(key: number): string {
    return this.owners.at(key);
  }

  /** How many distinct owner refs the entities name. */
  get ownerCount(): number {
    return this.owners.size;
  }

  /**
   * The entity's place when all are ordered by kind, then ref: answers list
   * entities at the same distance in this order, compared as numbers.
   */
  rankOf(id: number): number {
    return this.ranks[id];
  }

  /** Id of the entity's owner, or -1 when it has none in the index. */
  ownerIdOf(id: number): number {
    return this.ownerIds[id];
  }

  /** Id of the entity's system, or -1 when it has none in the index. */
  systemIdOf(id: number): number {
    return this.systemIds[id];
  }

  /** Id of a Group's on-call User, or -1 when it has none in the index. */
  oncallIdOf(id: number): number {
    return this.oncallIds[id];
  }

  /** Number of entities. */
  get size(): number {
    return this.entities.length;
  }

  /** The id of an entity ref (case-insensitive), if the entity is indexed. */
  idOf(entityRef: string): number | undefined {
    return this.idByRef.get(refKey(entityRef));
  }

  entity(id: number): IndexedEntity {
    return this.entities[id];
  }

  findEntity(entityRef: string): IndexedEntity | undefined {
    const id = this.idOf(entityRef);
    return id === undefined ? undefined : this.entities[id];
  }

  /** The id of a relation type, if any indexed relation has it. */
  relationTypeId(type: string): number | undefined {
    return this.relationTypes.numberOf(type);
  }

  relationType(typeId: number): string {
    return this.relationTypes.at(typeId);
  }

  get relationTypeCount(): number {
    return this.relationTypes.size;
  }

  /** Calls `visit(typeId, targetId)` for each outgoing relation of `id`. */
  forEachRelation(
    id: number,
    visit: (typeId: number, target: number) => void,
  ): void {
    for (let e = this.edgeStart[id]; e < this.edgeStart[id + 1]; e++) {
      visit(this.edgeType[e], this.edgeTarget[e]);
    }
  }

  /** @internal Raw adjacency for the traversal's inner loop. */
  get adjacency(): Adjacency {
    return {
      edgeStart: this.edgeStart,
      edgeType: this.edgeType,
      edgeTarget: this.edgeTarget,
    };
  }

  /**
   * @internal The smallest raw adjacency holding every relation whose type
   * `followed` marks (1 by type id): one direction's, or all.
   */
  adjacencyFollowing(followed: Uint8Array): Adjacency {
    const covering = this.directed.find(adjacency =>
      followed.every((follow, type) => !follow || adjacency.types[type]),
    );
    return covering ?? this.adjacency;
  }

  /**
   * @internal Runs `use` with an array of one number per entity, all -1, and
   * expects every entry it changed back at -1 when it returns: synchronous
   * code (a traversal) borrows it instead of allocating and clearing 400 KB
   * per call on a 100,000-entity catalog. A nested or failed borrower gets a
   * fresh array.
   */
  withScratch<T>(use: (scratch: Int32Array) => T): T {
    const scratch = this.scratch ?? new Int32Array(this.size).fill(-1);
    this.scratch = undefined;
    const result = use(scratch);
    this.scratch = scratch;
    return result;
  }

  private onlyTypes(types: readonly string[]): PartialAdjacency {
    const keep = new Uint8Array(this.relationTypes.size);
    for (const type of types) {
      const id = this.relationTypes.numberOf(type);
      if (id !== undefined) {
        keep[id] = 1;
      }
    }
    let count = 0;
    for (let e = 0; e < this.edgeType.length; e++) {
      count += keep[this.edgeType[e]];
    }
    const edgeStart = new Int32Array(this.size + 1);
    const edgeType = new Uint16Array(count);
    const edgeTarget = new Int32Array(count);
    let next = 0;
    for (let id = 0; id < this.size; id++) {
      edgeStart[id] = next;
      for (let e = this.edgeStart[id]; e < this.edgeStart[id + 1]; e++) {
        if (keep[this.edgeType[e]]) {
          edgeType[next] = this.edgeType[e];
          edgeTarget[next] = this.edgeTarget[e];
          next++;
        }
      }
    }
    edgeStart[this.size] = next;
    return { edgeStart, edgeType, edgeTarget, types: keep };
  }
}
