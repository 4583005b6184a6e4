import { Entity } from '@backstage/catalog-model';

const lower = (value: string) => value.toLowerCase();

export type EntityLink = {
  /** Position in `metadata.links`, for messages such as `metadata.links[2]`. */
  index: number;
  url: string;
  title?: string;
  type?: string;
};

/** `metadata.links` entries whose `type` is `type` (case-insensitive). */
export function linksOfType(
  entity: Entity | undefined,
  type: string,
): EntityLink[] {
  const links = entity?.metadata?.links;
  if (!Array.isArray(links)) {
    return [];
  }
  return links.flatMap((link, index) => {
    if (
      !link ||
      typeof link.type !== 'string' ||
      lower(link.type.trim()) !== lower(type)
    ) {
      return [];
    }
    return [
      {
        index,
        url: typeof link.url === 'string' ? link.url : '',
        title: typeof link.title === 'string' ? link.title : undefined,
        type: link.type,
      },
    ];
  });
}

/**
 * Why `url` is not a well-formed runbook link, or undefined when it is: it
 * must be an absolute https URL with a host and without credentials.
 */
export function problemWithHttpsUrl(url: string): string | undefined {
  if (url.trim() === '') {
    return 'has no url';
  }
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return 'is not a valid URL';
  }
  if (parsed.protocol !== 'https:') {
    return `uses ${parsed.protocol.replace(/:$/, '')} instead of https`;
  }
  if (!parsed.hostname) {
    return 'has no host';
  }
  if (parsed.username || parsed.password) {
    return 'contains credentials';
  }
  return undefined;
}
