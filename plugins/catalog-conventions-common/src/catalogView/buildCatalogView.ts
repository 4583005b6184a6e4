import { CompoundEntityRef, Entity } from '@backstage/catalog-model';
import { parseRefKey, refKey } from '../refs/refKey';

/**
 * The entities a rule looks up (owners, on-call contacts, stores…), indexed once
 * so that judging a whole catalog stays linear in its size.
 */
export interface CatalogView {
  /** The entity with this ref (case-insensitive), if any. */
  getEntity(ref: string | CompoundEntityRef): Entity | undefined;
}

/** True for entries with a kind and a name, the only ones a view indexes. */
export function hasKindAndName(entity: Entity): boolean {
  return (
    typeof entity?.kind === 'string' &&
    typeof entity.metadata?.name === 'string'
  );
}

/** Indexes entities by ref. Entries without kind or name are ignored. */
export function buildCatalogView(entities: Iterable<Entity>): CatalogView {
  const byRef = new Map<string, Entity>();
  for (const entity of entities) {
    if (hasKindAndName(entity)) {
      byRef.set(refKey(entity), entity);
    }
  }
  // Checks look the same few refs (owners, systems, streams) up again and again: each
  // string is parsed once. A ref already written as its key needs no parsing at all.
  const keyOf = new Map<string, string | undefined>();
  return {
    getEntity: ref => {
      if (typeof ref !== 'string') {
        const key = parseRefKey(ref);
        return key === undefined ? undefined : byRef.get(key);
      }
      const direct = byRef.get(ref);
      if (direct) return direct;
      let key = keyOf.get(ref);
      if (key === undefined && !keyOf.has(ref)) {
        key = parseRefKey(ref);
        keyOf.set(ref, key);
      }
      return key === undefined ? undefined : byRef.get(key);
    },
  };
}
