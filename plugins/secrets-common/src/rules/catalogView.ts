import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
} from '@backstage/catalog-model';
import { isSecret } from '../model';
import { parseDependsOn, refKey } from './refs';

/**
 * The parts of a catalog the secret rules look up, indexed once so that
 * evaluating every secret is linear in the size of the catalog.
 */
export interface SecretsCatalogView {
  /** The entity with this ref (case-insensitive), if any. */
  getEntity(ref: string | CompoundEntityRef): Entity | undefined;
  /** Secrets with this `metadata.name` in any namespace (case-insensitive). */
  getSecretsByName(name: string): Entity[];
  /** Entities whose `spec.dependsOn` points at this ref. */
  getDependents(ref: string | CompoundEntityRef): Entity[];
}

function keyOf(ref: string | CompoundEntityRef): string | undefined {
  try {
    return refKey(typeof ref === 'string' ? parseEntityRef(ref) : ref);
  } catch {
    return undefined;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}

function hasName(entity: Entity): boolean {
  return (
    typeof entity?.kind === 'string' &&
    typeof entity.metadata?.name === 'string'
  );
}

/** Indexes entities by ref, secrets by name and `dependsOn` in reverse. */
export function buildSecretsCatalogView(
  entities: readonly Entity[],
): SecretsCatalogView {
  const byRef = new Map<string, Entity>();
  const secretsByName = new Map<string, Entity[]>();
  const dependents = new Map<string, Entity[]>();

  for (const entity of entities) {
    if (!hasName(entity)) {
      continue;
    }
    byRef.set(refKey(entity), entity);
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
  }

  return {
    getEntity: ref => {
      const key = keyOf(ref);
      return key === undefined ? undefined : byRef.get(key);
    },
    getSecretsByName: name =>
      secretsByName.get(name.toLocaleLowerCase('en-US')) ?? [],
    getDependents: ref => {
      const key = keyOf(ref);
      return (key === undefined ? undefined : dependents.get(key)) ?? [];
    },
  };
}
