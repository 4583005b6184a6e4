import { appendPath } from './formatPath';

/** A string found somewhere inside a value. */
export type FoundString = {
  /** Where the string is; for a property name, the object holding the property. */
  path: string;
  /**
   * The nearest property name above the string; array indexes are skipped. In
   * a `{ name: DB_PASSWORD, value: … }` pair the sibling name stands in for `value`.
   */
  key?: string;
  value: string;
  /** Set when `value` is a property name rather than a property value. */
  isPropertyName?: boolean;
};

export type WalkOptions = {
  /**
   * Called for property names that could be secret material. When it says
   * yes, paths below the property use `REDACTED_SEGMENT` instead of the name,
   * so that no path repeats the secret.
   */
  isSecretPropertyName?: (name: string) => boolean;
};

export const REDACTED_SEGMENT = '<redacted property name>';

type Pending = { node: unknown; path: string; key?: string };

// Property names of letters only (metadata, dependsOn) cannot be a token.
const PLAIN_WORD_NAME = /^[A-Za-z]{1,24}$/;
// Kubernetes env entries and similar pairs name their value in a sibling.
const PAIR_NAME_KEYS = ['name', 'key'];

function pairName(node: Record<string, unknown>): string | undefined {
  if (!('value' in node)) {
    return undefined;
  }
  for (const nameKey of PAIR_NAME_KEYS) {
    const name = node[nameKey];
    if (typeof name === 'string' && name !== '') {
      return name;
    }
  }
  return undefined;
}

function scalarText(node: unknown): string | undefined {
  if (typeof node === 'string') {
    return node;
  }
  // A YAML number under `db_password:` is a password all the same.
  if (
    typeof node === 'bigint' ||
    (typeof node === 'number' && isFinite(node))
  ) {
    return String(node);
  }
  return undefined;
}

/**
 * Lists every string and number leaf of a JSON-like value, and every property
 * name that is more than a plain word, depth first, in document order.
 * Iterative so that very deep input cannot overflow the stack, and tolerant of
 * cycles (each object is visited once).
 */
export function walkStrings(
  root: unknown,
  options: WalkOptions = {},
): FoundString[] {
  const found: FoundString[] = [];
  const seen = new Set<object>();
  const stack: Pending[] = [{ node: root, path: '' }];

  while (stack.length > 0) {
    const { node, path, key } = stack.pop()!;
    const text = scalarText(node);
    if (text !== undefined) {
      found.push({ path, key, value: text });
      continue;
    }
    if (node === null || typeof node !== 'object' || seen.has(node)) {
      continue;
    }
    seen.add(node);

    let children: Pending[];
    if (Array.isArray(node)) {
      children = node.map((child, index) => ({
        node: child,
        path: appendPath(path, index),
        key,
      }));
    } else {
      const valueName = pairName(node as Record<string, unknown>);
      children = Object.entries(node).map(([childKey, child]) => {
        let segment = childKey;
        if (!PLAIN_WORD_NAME.test(childKey)) {
          found.push({ path, value: childKey, isPropertyName: true });
          if (options.isSecretPropertyName?.(childKey)) {
            segment = REDACTED_SEGMENT;
          }
        }
        return {
          node: child,
          path: appendPath(path, segment),
          key: childKey === 'value' && valueName ? valueName : childKey,
        };
      });
    }
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push(children[i]);
    }
  }
  return found;
}
