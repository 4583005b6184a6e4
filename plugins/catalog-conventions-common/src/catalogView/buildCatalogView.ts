import {
  CompoundEntityRef,
  DEFAULT_NAMESPACE,
  Entity,
  parseEntityRef,
} from '@backstage/catalog-model';
import { namespaceOf } from '../refs/refKey';

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

function parsedOrUndefined(ref: string): CompoundEntityRef | undefined {
  try {
    return parseEntityRef(ref);
  } catch {
    return undefined;
  }
}

/** A {@link CatalogView} built from entities added one at a time (in slices, say). */
export interface CatalogViewBuilder {
  /** Indexes one more entity (a later one with the same ref replaces an earlier one). */
  add(entity: Entity): void;
  /** The view of every entity added so far. */
  view(): CatalogView;
}

/**
 * Indexes entities by ref (the `refKey` rule: kind, namespace and name compared
 * lower-cased). Entries without kind or name are ignored.
 */
export function buildCatalogView(entities: Iterable<Entity>): CatalogView {
  const builder = catalogViewBuilder();
  for (const entity of entities) builder.add(entity);
  return builder.view();
}

/** {@link buildCatalogView} one entity at a time. */
export function catalogViewBuilder(): CatalogViewBuilder {
  // Kind, then namespace, then name, each lower-cased: a lookup builds no key string
  // (checks look refs up hundreds of thousands of times in a large catalog).
  const byKind = new Map<string, Map<string, Map<string, Entity>>>();
  const add = (entity: Entity) => {
    if (!hasKindAndName(entity)) return;
    const kind = entity.kind.toLowerCase();
    const namespace = String(namespaceOf(entity)).toLowerCase();
    let namespaces = byKind.get(kind);
    if (!namespaces) byKind.set(kind, (namespaces = new Map()));
    let names = namespaces.get(namespace);
    if (!names) namespaces.set(namespace, (names = new Map()));
    names.set(entity.metadata.name.toLowerCase(), entity);
  };
  const find = (kind: unknown, namespace: unknown, name: unknown) =>
    typeof kind === 'string' &&
    typeof namespace === 'string' &&
    typeof name === 'string'
      ? byKind
          .get(kind.toLowerCase())
          ?.get(namespace.toLowerCase())
          ?.get(name.toLowerCase())
      : undefined;
  // The same few ref strings (owners, systems, streams) come again and again: each is parsed once.
  const parsed = new Map<string, CompoundEntityRef | undefined>();
  const view: CatalogView = {
    getEntity: ref => {
      let compound: CompoundEntityRef | undefined;
      if (typeof ref !== 'string') {
        compound = ref;
      } else if (parsed.has(ref)) {
        compound = parsed.get(ref);
      } else {
        compound = parsedOrUndefined(ref);
        parsed.set(ref, compound);
      }
      return compound
        ? find(
            compound.kind,
            compound.namespace ?? DEFAULT_NAMESPACE,
            compound.name,
          )
        : undefined;
    },
  };
  return { add, view: () => view };
}
