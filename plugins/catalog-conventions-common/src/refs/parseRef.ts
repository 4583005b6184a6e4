import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
} from '@backstage/catalog-model';
import { namespaceOf } from './refKey';

/** A ref as written in YAML, and what it means; `ref` is unset when it is not a valid ref. */
export type ParsedRef = { ref?: CompoundEntityRef; raw: string };

/**
 * Parses a ref written on `context` the way the catalog does: the namespace
 * defaults to the context entity's, the kind to `defaultKind`.
 */
export function parseRef(
  raw: string,
  context: Entity,
  defaultKind?: string,
): ParsedRef {
  try {
    return {
      raw,
      ref: parseEntityRef(raw, {
        defaultKind,
        defaultNamespace: namespaceOf(context),
      }),
    };
  } catch {
    return { raw };
  }
}
