import { CompoundEntityRef, Entity } from '@backstage/catalog-model';
import {
  CatalogView,
  CatalogViewBuilder,
  catalogViewBuilder,
  hasKindAndName,
  parseRefKey,
  refKey,
} from '@stagecraft/catalog-conventions-common';
import { isSecret } from '../secretTypes';
import { parseDependsOn } from './refs';

/**
 * The parts of a catalog the secret rules look up, indexed once so that
 * evaluating every secret is linear in the size of the catalog.
 */
export interface SecretsCatalogView extends CatalogView {
  /** Secrets with this `metadata.name` in any namespace (case-insensitive). */
  getSecretsByName(name: string): Entity[];
  /** Entities whose `spec.dependsOn` points at this ref. */
  getDependents(ref: string | CompoundEntityRef): Entity[];
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}

/** Indexes entities by ref, secrets by name and `dependsOn` in reverse. */
export function buildSecretsCatalogView(
  entities: readonly Entity[],
): SecretsCatalogView {
  const builder = secretsCatalogViewBuilder();
  for (const entity of entities) builder.add(entity);
  return builder.view();
}

/** A {@link SecretsCatalogView} built from entities added one at a time (in slices, say). */
export interface SecretsCatalogViewBuilder extends CatalogViewBuilder {
  /** The view of every entity added so far. */
  view(): SecretsCatalogView;
}

/** {@link buildSecretsCatalogView} one entity at a time. */
export function secretsCatalogViewBuilder(): SecretsCatalogViewBuilder {
  const byRef = catalogViewBuilder();
  const secretsByName = new Map<string, Entity[]>();
  const dependents = new Map<string, Entity[]>();
  const view: SecretsCatalogView = {
    ...byRef.view(),
    getSecretsByName: name =>
      secretsByName.get(name.toLocaleLowerCase('en-US')) ?? [],
    getDependents: ref => {
      const key = parseRefKey(ref);
      return (key === undefined ? undefined : dependents.get(key)) ?? [];
    },
  };

  return {
    add: entity => {
      byRef.add(entity);
      if (!hasKindAndName(entity)) {
        return;
      }
      if (isSecret(entity)) {
        push(
          secretsByName,
          entity.metadata.name.toLocaleLowerCase('en-US'),
          entity,
        );
      }
      for (const target of parseDependsOn(entity).refs) {
        push(dependents, refKey(target), entity);
      }
    },
    view: () => view,
  };
}
