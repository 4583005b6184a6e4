import { Entity } from '@backstage/catalog-model';

/** `kind:namespace/name`, lower-cased as the catalog compares refs. */
export function refKey(entity: Entity): string {
  return `${entity.kind}:${entity.metadata.namespace ?? 'default'}/${
    entity.metadata.name
  }`.toLocaleLowerCase('en-US');
}

/** The lower-cased refs of `entities`. */
export function refsOf(entities: Entity[]): Set<string> {
  return new Set(entities.map(refKey));
}
