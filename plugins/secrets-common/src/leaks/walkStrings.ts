import { appendPath } from './formatPath';

/** A string found somewhere inside a value. */
export type FoundString = {
  path: string;
  /** The nearest property name above the string; array indexes are skipped. */
  key?: string;
  value: string;
};

type Pending = { node: unknown; path: string; key?: string };

/**
 * Lists every string leaf of a JSON-like value, depth first, in document
 * order. Iterative so that very deep input cannot overflow the stack, and
 * tolerant of cycles (each object is visited once).
 */
export function walkStrings(root: unknown): FoundString[] {
  const found: FoundString[] = [];
  const seen = new Set<object>();
  const stack: Pending[] = [{ node: root, path: '' }];

  while (stack.length > 0) {
    const { node, path, key } = stack.pop()!;
    if (typeof node === 'string') {
      found.push({ path, key, value: node });
      continue;
    }
    if (node === null || typeof node !== 'object' || seen.has(node)) {
      continue;
    }
    seen.add(node);

    const children: Pending[] = Array.isArray(node)
      ? node.map((child, index) => ({
          node: child,
          path: appendPath(path, index),
          key,
        }))
      : Object.entries(node).map(([childKey, child]) => ({
          node: child,
          path: appendPath(path, childKey),
          key: childKey,
        }));
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push(children[i]);
    }
  }
  return found;
}
