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
  return {
    getEntity: ref => {
      const key = parseRefKey(ref);
      return key === undefined ? undefined : byRef.get(key);
    },
  };
}
