import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
} from '@backstage/catalog-model';
import { refKey } from '../model';

/**
 * The entities the checks look up (owners, on-call contacts, reads-from
 * targets, systems and domains), indexed once so that evaluating a whole
 * catalog stays linear in its size.
 */
export interface ReadinessCatalogView {
  /** The entity with this ref (case-insensitive), if any. */
  getEntity(ref: string | CompoundEntityRef): Entity | undefined;
}

function keyOf(ref: string | CompoundEntityRef): string | undefined {
  try {
    return refKey(typeof ref === 'string' ? parseEntityRef(ref) : ref);
  } catch {
    return undefined;
  }
}

/** Indexes entities by ref. Entries without kind or name are ignored. */
export function buildReadinessCatalogView(
  entities: Iterable<Entity>,
): ReadinessCatalogView {
  const byRef = new Map<string, Entity>();
  for (const entity of entities) {
    if (
      typeof entity?.kind === 'string' &&
      typeof entity.metadata?.name === 'string'
    ) {
      byRef.set(refKey(entity), entity);
    }
  }
  return {
    getEntity: ref => {
      const key = keyOf(ref);
      return key === undefined ? undefined : byRef.get(key);
    },
  };
}
