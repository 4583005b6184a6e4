import {
  CompoundEntityRef,
  DEFAULT_NAMESPACE,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/** The entity's namespace, `default` when it names none. */
export function namespaceOf(entity: Entity): string {
  return entity.metadata?.namespace || DEFAULT_NAMESPACE;
}

/** The entity's ref as Backstage writes it, tolerating a missing metadata block. */
export function entityRefOf(entity: Entity): string {
  return stringifyEntityRef({
    kind: entity.kind,
    namespace: namespaceOf(entity),
    name: entity.metadata?.name ?? '',
  });
}

/**
 * The key under which two refs are the same entity: the lower-cased
 * `kind:namespace/name`, as the catalog compares refs. A string must be a ref
 * written in full, as `stringifyEntityRef` writes it (use `parseRefKey` for a
 * ref from YAML).
 */
export function refKey(ref: string | CompoundEntityRef | Entity): string {
  let full: string;
  if (typeof ref === 'string') {
    full = ref;
  } else if ('metadata' in ref) {
    full = `${ref.kind}:${namespaceOf(ref)}/${ref.metadata?.name ?? ''}`;
  } else {
    full = `${ref.kind}:${ref.namespace ?? DEFAULT_NAMESPACE}/${ref.name}`;
  }
  // Entity refs are ASCII (the catalog validates kinds, namespaces and names), so plain
  // toLowerCase equals the catalog's toLocaleLowerCase('en-US') and is many times faster
  // on 100,000 relations. Built by hand rather than with stringifyEntityRef for the same
  // reason, and so that a malformed entity in a lint run still gets a key.
  return full.toLowerCase();
}

/**
 * The `refKey` of a ref that may be short (`component:name`, namespace `default`);
 * undefined when it is not a valid ref.
 */
export function parseRefKey(
  ref: string | CompoundEntityRef,
): string | undefined {
  try {
    return refKey(typeof ref === 'string' ? parseEntityRef(ref) : ref);
  } catch {
    return undefined;
  }
}

/** True when the entity's kind is `kind`, compared case-insensitively as the catalog does. */
export function isKind(entity: Entity | undefined, kind: string): boolean {
  return (
    typeof entity?.kind === 'string' &&
    entity.kind.toLowerCase() === kind.toLowerCase()
  );
}
