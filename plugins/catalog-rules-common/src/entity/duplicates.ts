import { Entity } from '@backstage/catalog-model';
import { refKey } from '@stagecraft/catalog-conventions-common';

/** The key the catalog identifies an entity by: the lower-cased `kind:namespace/name`. */
export { refKey as entityRefKey } from '@stagecraft/catalog-conventions-common';

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
    const key = refKey(entityOf(item));
    const group = groups.get(key);
    if (group) {
      group.push(item);
    } else {
      groups.set(key, [item]);
    }
  }
  return [...groups.values()].filter(group => group.length > 1);
}
