import {
  CompoundEntityRef,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { isSecretStore } from '../secretTypes';
import { SecretsCatalogView } from './catalogView';
import { parseDependsOn } from './refs';

/**
 * What a secret's `spec.dependsOn` says about its store. A secret depends on
 * exactly one `resource:` entity, its store; other kinds of entries are
 * allowed and ignored. With a catalog, that resource must be a secret-store.
 */
export type StoreResolution =
  | { status: 'none' }
  | { status: 'several'; refs: string[] }
  | { status: 'declared'; ref: string }
  | { status: 'not-found'; ref: string }
  | { status: 'not-a-store'; ref: string; store: Entity }
  | { status: 'resolved'; ref: string; store: Entity };

export type StoreDeclaration = {
  resolution: StoreResolution;
  /** dependsOn entries without a kind, which the catalog rejects. */
  invalidEntries: string[];
};

function isResourceRef(ref: CompoundEntityRef): boolean {
  return ref.kind.toLocaleLowerCase('en-US') === 'resource';
}

export function resolveStore(
  secret: Entity,
  catalog: SecretsCatalogView | undefined,
): StoreDeclaration {
  const { refs, invalid } = parseDependsOn(secret);
  const resources = refs
    .filter(isResourceRef)
    .map(ref => stringifyEntityRef(ref));
  const declaration = (resolution: StoreResolution) => ({
    resolution,
    invalidEntries: invalid,
  });

  if (resources.length === 0) {
    return declaration({ status: 'none' });
  }
  if (resources.length > 1) {
    return declaration({ status: 'several', refs: resources });
  }
  const ref = resources[0];
  if (!catalog) {
    return declaration({ status: 'declared', ref });
  }
  const store = catalog.getEntity(ref);
  if (!store) {
    return declaration({ status: 'not-found', ref });
  }
  return declaration(
    isSecretStore(store)
      ? { status: 'resolved', ref, store }
      : { status: 'not-a-store', ref, store },
  );
}

/**
 * The store a secret names: its single `resource:` entry of `spec.dependsOn`,
 * as a normalised entity ref. Undefined when there is none or several (the
 * `store` rule reports both); whether it exists or is a secret-store is not
 * checked. The catalog module draws `storedIn`/`stores` relations from this.
 */
export function declaredStoreRef(secret: Entity): string | undefined {
  const { resolution } = resolveStore(secret, undefined);
  return resolution.status === 'declared' ? resolution.ref : undefined;
}

/**
 * The catalog entity a secret's single `resource:` dependency names, whether
 * or not it is a secret-store; undefined when there is none, several, or the
 * catalog does not hold it.
 */
export function storeEntityOf(
  secret: Entity,
  catalog: SecretsCatalogView,
): Entity | undefined {
  const { resolution } = resolveStore(secret, catalog);
  return resolution.status === 'resolved' || resolution.status === 'not-a-store'
    ? resolution.store
    : undefined;
}
