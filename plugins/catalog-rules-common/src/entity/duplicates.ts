import { Entity } from '@backstage/catalog-model';

/**
 * The key the catalog identifies an entity by: `kind:namespace/name`,
 * lower-cased, since entity refs compare case-insensitively.
 *
 * @public
 */
export function entityRefKey(entity: Entity): string {
  const namespace = entity.metadata.namespace || 'default';
  // toLowerCase equals the catalog's toLocaleLowerCase('en-US') (en-US has
  // no special case mappings) and is many times faster.
  return `${entity.kind}:${namespace}/${entity.metadata.name}`.toLowerCase();
}

/**
 * Groups items that describe the same entity; only groups of two or more are
 * returned, in the order their first member appears.
 *
 * @public
 */
export function findDuplicateEntities<T>(
  items: readonly T[],
  entityOf: (item: T) => Entity,
): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = entityRefKey(entityOf(item));
    const group = groups.get(key);
    if (group) {
      group.push(item);
    } else {
      groups.set(key, [item]);
    }
  }
  return [...groups.values()].filter(group => group.length > 1);
}
