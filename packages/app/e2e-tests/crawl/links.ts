/** How the crawl treats a link it found: where it leads decides how it is checked. */
export type LinkTarget =
  /** A portal page: opened in the browser and looked at. */
  | { kind: 'page'; url: URL; key: string }
  /** A file or an API answer (a CSV export, say): requested, and must answer 200. */
  | { kind: 'download'; url: URL; key: string }
  /** Sign-in and sign-out machinery, mail links and the like: not followed. */
  | { kind: 'not-followed' }
  /** Leaves the portal: not followed. */
  | { kind: 'external'; url: URL };

const FILE_EXTENSION = /\.(csv|json|ya?ml|zip|pdf|txt|png|svg)$/i;

/** Pages are told apart by path and query; the fragment only scrolls. */
export function pageKey(url: URL): string {
  return `${url.pathname}${url.search}`;
}

export function classifyLink(
  href: string,
  portal: URL,
  options: { download?: boolean } = {},
): LinkTarget {
  let url: URL;
  try {
    url = new URL(href, portal);
  } catch {
    return { kind: 'not-followed' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { kind: 'not-followed' };
  }
  if (url.origin !== portal.origin) {
    return { kind: 'external', url };
  }
  const path = url.pathname;
  if (path.startsWith('/api/auth') || /log-?out|sign-?out/i.test(path)) {
    return { kind: 'not-followed' };
  }
  if (
    options.download ||
    path.startsWith('/api/') ||
    FILE_EXTENSION.test(path)
  ) {
    return { kind: 'download', url, key: pageKey(url) };
  }
  return { kind: 'page', url, key: pageKey(url) };
}

/** The element id a link's fragment points at, if any. */
export function anchorOf(url: URL): string | undefined {
  if (url.hash.length <= 1) return undefined;
  return decodeURIComponent(url.hash.slice(1));
}
