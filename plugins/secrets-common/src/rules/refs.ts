import {
  CompoundEntityRef,
  DEFAULT_NAMESPACE,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/** A normalised, lower-case `kind:namespace/name` usable as a map key. */
export function refKey(ref: CompoundEntityRef | Entity): string {
  // stringifyEntityRef lower-cases today; do it here too so keys never depend on that
  return stringifyEntityRef(ref).toLocaleLowerCase('en-US');
}

/** The entity's ref as Backstage writes it, tolerating a missing metadata block. */
export function entityRefOf(entity: Entity): string {
  return stringifyEntityRef({
    kind: entity.kind,
    namespace: entity.metadata?.namespace ?? DEFAULT_NAMESPACE,
    name: entity.metadata?.name ?? '',
  });
}

export function namespaceOf(entity: Entity): string {
  return entity.metadata?.namespace || DEFAULT_NAMESPACE;
}

export type ParsedRefs = {
  refs: CompoundEntityRef[];
  /** Entries that are not strings or have no kind, as written. */
  invalid: string[];
};

/**
 * Parses `spec.dependsOn` the way the catalog does: each entry must carry a
 * kind, and a missing namespace means the entity's own namespace (which is
 * `default` unless the entity says otherwise).
 */
export function parseDependsOn(entity: Entity): ParsedRefs {
  const raw = entity.spec?.dependsOn;
  const entries: unknown[] = Array.isArray(raw) ? raw : [];
  const parsed: ParsedRefs = { refs: [], invalid: [] };
  for (const entry of entries) {
    if (typeof entry !== 'string') {
      parsed.invalid.push(JSON.stringify(entry));
      continue;
    }
    try {
      parsed.refs.push(
        parseEntityRef(entry, { defaultNamespace: namespaceOf(entity) }),
      );
    } catch {
      parsed.invalid.push(entry);
    }
  }
  return parsed;
}

/** Parses `spec.owner` with kind `group` and the entity's namespace as defaults. */
export function parseOwner(entity: Entity): CompoundEntityRef | undefined {
  const owner = entity.spec?.owner;
  if (typeof owner !== 'string' || owner.trim() === '') {
    return undefined;
  }
  try {
    return parseEntityRef(owner.trim(), {
      defaultKind: 'group',
      defaultNamespace: namespaceOf(entity),
    });
  } catch {
    return undefined;
  }
}

export function isKind(entity: Entity | undefined, kind: string): boolean {
  return (
    typeof entity?.kind === 'string' &&
    entity.kind.toLocaleLowerCase('en-US') === kind.toLocaleLowerCase('en-US')
  );
}
