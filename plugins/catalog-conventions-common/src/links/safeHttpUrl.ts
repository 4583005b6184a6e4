/**
 * The URL when it is an absolute `http:` or `https:` URL, else undefined. URLs come from
 * catalog YAML, which anyone can write: a `javascript:` (or malformed) URL must never
 * become a link.
 */
export function safeHttpUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:'
      ? parsed.href
      : undefined;
  } catch {
    return undefined;
  }
}
