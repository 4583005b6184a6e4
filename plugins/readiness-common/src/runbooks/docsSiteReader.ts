import { docsDirOf } from './docsSite';
import { RunbookSource } from './runbookPages';

/**
 * Reads a file of a docs site by its path inside the site; undefined when the file is
 * absent or the path leads out of the site.
 */
export type SiteReader = (relativePath: string) => Promise<string | undefined>;

/** The reader of a site's docs folder: `docs_dir` of its mkdocs.yml (or mkdocs.yaml), `docs` by default. */
export async function docsFolderOf(site: SiteReader): Promise<SiteReader> {
  const mkdocs = (await site('mkdocs.yml')) ?? (await site('mkdocs.yaml'));
  const docsDir = docsDirOf(mkdocs).replace(/\/+$/, '');
  return file => site(`${docsDir}/${file}`);
}

/**
 * `readMarkdown` of a `RunbookSource` over docs sites, the same for the lint (files beside
 * the YAML) and the backend (the catalog's locations): `openSite` gives the site of an
 * entity, or throws when it has none. Each entity's site is opened, and its docs folder
 * found, once.
 */
export function markdownOfSites(
  openSite: (entityRef: string) => Promise<SiteReader>,
): RunbookSource['readMarkdown'] {
  const folders = new Map<string, Promise<SiteReader>>();
  return async (entityRef, file) => {
    let folder = folders.get(entityRef);
    if (!folder) {
      folder = openSite(entityRef).then(docsFolderOf);
      folders.set(entityRef, folder);
    }
    return (await folder)(file);
  };
}
