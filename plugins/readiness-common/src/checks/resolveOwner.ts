import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { ReadinessCatalogView } from '../catalog/catalogView';
import { isKind, ownerRefOf } from '@stagecraft/catalog-conventions-common';

export type OwnerResolution =
  | { status: 'missing' }
  | { status: 'invalid'; raw: string }
  | { status: 'not-found'; ref: string }
  | { status: 'not-a-group'; ref: string; owner: Entity }
  | { status: 'resolved'; ref: string; group: Entity };

/** Resolves `spec.owner` to the Group it names. */
export function resolveOwner(
  entity: Entity,
  catalog: ReadinessCatalogView,
): OwnerResolution {
  const parsed = ownerRefOf(entity);
  if (!parsed) {
    return { status: 'missing' };
  }
  if (!parsed.ref) {
    return { status: 'invalid', raw: parsed.raw };
  }
  const ref = stringifyEntityRef(parsed.ref);
  const owner = catalog.getEntity(parsed.ref);
  if (!owner) {
    return { status: 'not-found', ref };
  }
  if (!isKind(owner, 'group')) {
    return { status: 'not-a-group', ref, owner };
  }
  return { status: 'resolved', ref, group: owner };
}
