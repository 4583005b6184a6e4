import { FieldPathSegment, formatFieldPath } from '../fieldPath';
import { EntityProblem } from './types';

/**
 * A `$text`, `$json` or `$yaml` placeholder found in an entity.
 *
 * @public
 */
export type EntityPlaceholder = {
  field: string;
  resolver: 'text' | 'json' | 'yaml';
  /** The URL or path it reads, relative to the file it is in. */
  target: string;
};

const RESOLVERS = new Set(['text', 'json', 'yaml']);

type Resolution = {
  placeholders: EntityPlaceholder[];
  problems: EntityProblem[];
};

function stubFor(resolver: string, target: string): unknown {
  // The catalog reads the target; without reading it, a $text placeholder
  // becomes a string and $json/$yaml become data, which is what the kind
  // schemas check.
  return resolver === 'text' ? `(contents of ${target})` : {};
}

/** `path` is the field being resolved, one shared stack (copied only when a placeholder is found). */
function resolve(
  data: unknown,
  path: FieldPathSegment[],
  out: Resolution,
): unknown {
  if (!data || typeof data !== 'object') {
    return data;
  }
  if (Array.isArray(data)) {
    return data.map((item, index) => {
      path.push(index);
      const resolved = resolve(item, path, out);
      path.pop();
      return resolved;
    });
  }
  const keys = Object.keys(data);
  if (!keys.some(key => key.startsWith('$'))) {
    const copy: Record<string, unknown> = {};
    for (const key of keys) {
      path.push(key);
      const resolved = resolve(
        (data as Record<string, unknown>)[key],
        path,
        out,
      );
      path.pop();
      if (key === '__proto__') {
        // An own property, as Object.fromEntries makes it (not the prototype).
        Object.defineProperty(copy, key, {
          value: resolved,
          writable: true,
          enumerable: true,
          configurable: true,
        });
      } else {
        copy[key] = resolved;
      }
    }
    return copy;
  }
  const resolver = keys[0].slice(1);
  if (keys.length !== 1 || !RESOLVERS.has(resolver)) {
    return data;
  }
  const target = (data as Record<string, unknown>)[keys[0]];
  const field = formatFieldPath(path);
  if (typeof target !== 'string') {
    out.problems.push({
      ruleId: 'catalog/placeholder',
      severity: 'error',
      field: formatFieldPath([...path, keys[0]]),
      message: `Placeholder ${keys[0]} at ${
        field || 'the root'
      } expects a string: an absolute URL or a path relative to this file.`,
    });
    return data;
  }
  out.placeholders.push({
    field,
    resolver: resolver as EntityPlaceholder['resolver'],
    target,
  });
  return stubFor(resolver, target);
}

/**
 * Substitutes placeholders the way the catalog's `PlaceholderProcessor`
 * finds them (an object whose only key is `$text`, `$json` or `$yaml`; other
 * `$` keys are left alone) without reading their targets: `$text` becomes a
 * string, `$json`/`$yaml` an empty object. Returns the placeholders so that
 * a caller with file access can check their targets exist.
 *
 * @public
 */
export function resolvePlaceholders(data: Record<string, unknown>): {
  data: Record<string, unknown>;
  placeholders: EntityPlaceholder[];
  problems: EntityProblem[];
} {
  const out: Resolution = { placeholders: [], problems: [] };
  const resolved = resolve(data, [], out);
  return {
    data:
      resolved && typeof resolved === 'object' && !Array.isArray(resolved)
        ? (resolved as Record<string, unknown>)
        : data,
    ...out,
  };
}
