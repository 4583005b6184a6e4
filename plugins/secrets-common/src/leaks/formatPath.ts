const PLAIN_KEY = /^[A-Za-z0-9_]+$/;

/** Appends one object key or array index to a dot path. */
export function appendPath(path: string, segment: string | number): string {
  if (typeof segment === 'number') {
    return `${path}[${segment}]`;
  }
  if (PLAIN_KEY.test(segment)) {
    return path ? `${path}.${segment}` : segment;
  }
  return `${path}[${JSON.stringify(segment)}]`;
}
