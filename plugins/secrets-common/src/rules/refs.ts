import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
} from '@backstage/catalog-model';
import {
  namespaceOf,
  ownerRefOf,
} from '@stagecraft/catalog-conventions-common';

export {
  entityRefOf,
  isKind,
  namespaceOf,
  refKey,
} from '@stagecraft/catalog-conventions-common';

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
  return ownerRefOf(entity)?.ref;
}
