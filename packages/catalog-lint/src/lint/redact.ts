import { parseFieldPath } from '@stagecraft/plugin-catalog-rules-common';

const REDACTED = '<redacted>';
const MIN_FRAGMENT_LENGTH = 8;

/** The string at a leak's path in the data it was found in. */
export function valueAtPath(data: unknown, path: string): string | undefined {
  let node = data;
  for (const segment of parseFieldPath(path) ?? []) {
    node = (node as Record<string | number, unknown> | undefined)?.[segment];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * The pieces of a leaked value a message could echo: the whole value and
 * each of its words long enough to be a credential.
 */
export function secretFragments(value: string): string[] {
  return [
    value,
    ...value
      .split(/[\s"'`,;()<>[\]{}]+/)
      .filter(word => word.length >= MIN_FRAGMENT_LENGTH),
  ];
}

/**
 * Replaces every known secret fragment in a text. Other rules quote names
 * and refs back to the reader; when such a field holds a leaked secret, the
 * quote must not print it.
 */
export function createRedactor(
  fragments: Iterable<string>,
): (text: string) => string {
  const sorted = [...new Set(fragments)]
    .filter(fragment => fragment.length >= MIN_FRAGMENT_LENGTH)
    .sort((a, b) => b.length - a.length);
  return text => {
    let out = text;
    for (const fragment of sorted) {
      if (out.includes(fragment)) {
        out = out.split(fragment).join(REDACTED);
      }
    }
    return out;
  };
}
