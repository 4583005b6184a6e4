import { Entity } from '@backstage/catalog-model';
import { refKey } from '@stagecraft/catalog-conventions-common';

/** The lower-cased refs of `entities`, keyed as the catalog compares refs. */
export function refsOf(entities: Entity[]): Set<string> {
  return new Set(entities.map(entity => refKey(entity)));
}
