/**
 * Links to the portal's own pages (runbooks in TechDocs) are written in catalog YAML as
 * paths, `/docs/default/system/x/page/`, which stay right wherever the portal runs. The
 * catalog only stores absolute URLs, so the backend makes them absolute against
 * `app.baseUrl` (see `absolutizeInPortalLinks`); every rule then reads both spellings as
 * the same in-portal link.
 */

/** A link written as a path of this portal. */
export function isInPortalPath(url: unknown): url is string {
  return (
    typeof url === 'string' && url.startsWith('/') && !url.startsWith('//')
  );
}

function trimSlashes(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

/**
 * The in-portal path (with query and #anchor) `url` leads to: the path itself when written
 * as one, or the part after `portalBaseUrl` when the URL is absolute under it. Otherwise
 * undefined: the link leaves the portal.
 */
export function inPortalPathOf(
  url: string,
  portalBaseUrl?: string,
): string | undefined {
  const trimmed = url.trim();
  if (isInPortalPath(trimmed)) return trimmed;
  if (!portalBaseUrl) return undefined;
  let link: URL;
  let base: URL;
  try {
    link = new URL(trimmed);
    base = new URL(trimSlashes(portalBaseUrl));
  } catch {
    return undefined;
  }
  const basePath = base.pathname.replace(/\/+$/, '');
  if (
    link.origin !== base.origin ||
    link.username ||
    link.password ||
    !(link.pathname === basePath || link.pathname.startsWith(`${basePath}/`))
  ) {
    return undefined;
  }
  return `${link.pathname.slice(basePath.length) || '/'}${link.search}${
    link.hash
  }`;
}

/**
 * Why `url` is not a usable docs link (runbook, rotation guide, incident response), or
 * undefined when it is: a page of this portal, or an absolute https URL with a host and
 * without credentials.
 */
export function problemWithDocsLink(
  url: string,
  portalBaseUrl?: string,
): string | undefined {
  if (url.trim() === '') {
    return 'has no url';
  }
  if (inPortalPathOf(url, portalBaseUrl) !== undefined) {
    return undefined;
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

/**
 * The entity with its in-portal link paths made absolute against `portalBaseUrl`, as the
 * catalog stores them; the same object when it has none.
 */
export function absolutizeInPortalLinks<
  T extends { metadata: { name?: string; links?: Array<{ url: string }> } },
>(entity: T, portalBaseUrl: string): T {
  const links = entity.metadata.links;
  if (!Array.isArray(links) || !links.some(link => isInPortalPath(link?.url))) {
    return entity;
  }
  const base = trimSlashes(portalBaseUrl);
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      links: links.map(link =>
        isInPortalPath(link?.url)
          ? { ...link, url: `${base}${link.url}` }
          : link,
      ),
    },
  };
}
