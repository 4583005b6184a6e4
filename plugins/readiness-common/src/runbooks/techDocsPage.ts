/** A page of a TechDocs site, as its in-portal path names it. */
export type TechDocsPage = {
  /** The entity whose docs these are, `kind:namespace/name` in lower case. */
  entityRef: string;
  /** The page inside the site, without slashes at either end; `''` is the home page. */
  page: string;
};

const DOCS_PATH = /^\/docs\/([^/?#]+)\/([^/?#]+)\/([^/?#]+)(?:\/([^?#]*))?/;

/**
 * The TechDocs page an in-portal path (`/docs/:namespace/:kind/:name/<page>/#anchor`)
 * leads to, or undefined when the path is not a docs page.
 */
export function techDocsPageOf(path: string): TechDocsPage | undefined {
  const match = DOCS_PATH.exec(path);
  if (!match) return undefined;
  const [, namespace, kind, name, rest = ''] = match;
  try {
    return {
      entityRef: decodeURIComponent(
        `${kind}:${namespace}/${name}`,
      ).toLocaleLowerCase('en-US'),
      page: decodeURIComponent(rest).replace(/^\/+|\/+$/g, ''),
    };
  } catch {
    return undefined;
  }
}

/** The key runbook facts are stored under: the docs entity and the page. */
export function techDocsPageKey(page: TechDocsPage): string {
  return `${page.entityRef}/${page.page}`;
}

/**
 * The Markdown files, relative to the site's `docs_dir`, that MkDocs builds the page from,
 * in the order it prefers them (`use_directory_urls`: `a/` is `a.md` or `a/index.md`).
 */
export function markdownSourcesOf(page: string): string[] {
  if (page === '') return ['index.md', 'README.md'];
  return [`${page}.md`, `${page}/index.md`, `${page}/README.md`];
}
