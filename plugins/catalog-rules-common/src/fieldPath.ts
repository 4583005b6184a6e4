/**
 * One step of a field path: an object key or an array index.
 *
 * @public
 */
export type FieldPathSegment = string | number;

const PLAIN_KEY = /^[A-Za-z0-9_]+$/;

/**
 * Writes a field path the way `@stagecraft/plugin-secrets-common` does:
 * plain keys are dot separated, other keys are bracket-quoted as JSON strings,
 * array items are `[i]`; e.g. `metadata.annotations["example.com/token"]`.
 *
 * @public
 */
export function formatFieldPath(segments: readonly FieldPathSegment[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') {
      path += `[${segment}]`;
    } else if (PLAIN_KEY.test(segment)) {
      path = path ? `${path}.${segment}` : segment;
    } else {
      path += `[${JSON.stringify(segment)}]`;
    }
  }
  return path;
}

/** Index of the quote that closes the JSON string starting at `start`. */
function closingQuote(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
    } else if (text[i] === '"') {
      return i;
    }
  }
  return -1;
}

/**
 * Reads a path written by {@link formatFieldPath} back into its segments.
 * Returns undefined for text that is not such a path.
 *
 * @public
 */
export function parseFieldPath(path: string): FieldPathSegment[] | undefined {
  const segments: FieldPathSegment[] = [];
  let i = 0;
  while (i < path.length) {
    if (path[i] === '[') {
      if (path[i + 1] === '"') {
        const end = closingQuote(path, i + 1);
        if (end === -1 || path[end + 1] !== ']') {
          return undefined;
        }
        try {
          segments.push(JSON.parse(path.slice(i + 1, end + 1)));
        } catch {
          return undefined;
        }
        i = end + 2;
      } else {
        const end = path.indexOf(']', i);
        const index = path.slice(i + 1, end);
        if (end === -1 || !/^\d+$/.test(index)) {
          return undefined;
        }
        segments.push(Number(index));
        i = end + 1;
      }
      continue;
    }
    // A plain key starts the path or follows a dot.
    if (path[i] === '.') {
      if (segments.length === 0) {
        return undefined;
      }
      i++;
    } else if (segments.length > 0) {
      return undefined;
    }
    const match = /^[A-Za-z0-9_]+/.exec(path.slice(i));
    if (!match) {
      return undefined;
    }
    segments.push(match[0]);
    i += match[0].length;
  }
  return segments;
}
