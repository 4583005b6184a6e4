import {
  RELATION_API_CONSUMED_BY,
  RELATION_API_PROVIDED_BY,
  RELATION_CONSUMES_API,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_HAS_PART,
  RELATION_PART_OF,
  RELATION_PROVIDES_API,
} from '@backstage/catalog-model';
import {
  RELATION_READ_BY,
  RELATION_READS_FROM,
  RELATION_STORED_IN,
  RELATION_STORES,
  RELATION_WRITES_TO,
  RELATION_WRITTEN_BY,
} from '@stagecraft/catalog-conventions-common';
import { BlastRadiusDirection } from './types';

/**
 * A pair of catalog relations that the blast radius follows, and which
 * relation types on an entity lead to what breaks with it (`dependents`) or
 * to what it needs (`dependencies`).
 */
export interface BlastRadiusRelation {
  /** Stable id used in the `relations` query parameter and in the UI. */
  id: string;
  label: string;
  /** Relation types followed from an entity towards what breaks if it breaks. */
  dependents: readonly string[];
  /** Relation types followed from an entity towards what it needs. */
  dependencies: readonly string[];
}

/**
 * Every relation the blast radius can follow. `writesTo` is followed both ways
 * in both directions: a broken writer starves what it writes to, and a broken
 * target makes its writers fail. A reader that is down does not break what it
 * reads (the stream or queue keeps the data), so `readsFrom` is one-way.
 */
export const BLAST_RADIUS_RELATIONS: readonly BlastRadiusRelation[] = [
  {
    id: RELATION_DEPENDS_ON,
    label: 'depends on',
    dependents: [RELATION_DEPENDENCY_OF],
    dependencies: [RELATION_DEPENDS_ON],
  },
  {
    id: RELATION_STORED_IN,
    label: 'secret stored in',
    dependents: [RELATION_STORES],
    dependencies: [RELATION_STORED_IN],
  },
  {
    id: RELATION_CONSUMES_API,
    label: 'consumes API',
    dependents: [RELATION_API_CONSUMED_BY],
    dependencies: [RELATION_CONSUMES_API],
  },
  {
    id: RELATION_PROVIDES_API,
    label: 'provides API',
    dependents: [RELATION_PROVIDES_API],
    dependencies: [RELATION_API_PROVIDED_BY],
  },
  {
    id: RELATION_READS_FROM,
    label: 'reads from',
    dependents: [RELATION_READ_BY],
    dependencies: [RELATION_READS_FROM],
  },
  {
    id: RELATION_WRITES_TO,
    label: 'writes to',
    dependents: [RELATION_WRITES_TO, RELATION_WRITTEN_BY],
    dependencies: [RELATION_WRITTEN_BY, RELATION_WRITES_TO],
  },
  {
    id: RELATION_PART_OF,
    label: 'part of (system, parent component)',
    dependents: [RELATION_PART_OF],
    dependencies: [RELATION_HAS_PART],
  },
];

export const BLAST_RADIUS_RELATION_IDS: readonly string[] =
  BLAST_RADIUS_RELATIONS.map(r => r.id);

const relationByName = new Map<string, BlastRadiusRelation>();
for (const relation of BLAST_RADIUS_RELATIONS) {
  for (const name of [
    relation.id,
    ...relation.dependents,
    ...relation.dependencies,
  ]) {
    relationByName.set(name.toLocaleLowerCase('en-US'), relation);
  }
}

/**
 * Finds the relation pair a name belongs to. Either name of a pair selects it
 * (`dependsOn` and `dependencyOf` both select `dependsOn`); case-insensitive.
 */
export function findBlastRadiusRelation(
  name: string,
): BlastRadiusRelation | undefined {
  return relationByName.get(name.trim().toLocaleLowerCase('en-US'));
}

/** The catalog relation types to follow for the given pairs and direction. */
export function relationTypesToFollow(
  relationIds: readonly string[],
  direction: BlastRadiusDirection,
): string[] {
  const types = new Set<string>();
  for (const id of relationIds) {
    const relation = findBlastRadiusRelation(id);
    if (!relation) {
      throw new Error(`Unknown blast radius relation "${id}"`);
    }
    relation[direction].forEach(type => types.add(type));
  }
  return [...types];
}
