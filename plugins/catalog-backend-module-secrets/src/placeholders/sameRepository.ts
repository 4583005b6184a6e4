/** Path segments after which a hosted-git URL addresses a file in the repository. */
const FILE_MARKERS = new Set(['-', 'blob', 'tree', 'raw', 'src', 'browse']);

/**
 * `host/owner/repo` (or `host/group/sub/project`, `host/org/project/_git/repo`)
 * of a hosted-git file URL; undefined when the URL does not say.
 */
function repositoryOf(target: string): string | undefined {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol)) {
    return undefined;
  }
  const segments = url.pathname.split('/').filter(Boolean);
  const git = segments.indexOf('_git');
  if (git > 0 && segments[git + 1]) {
    return [url.host, ...segments.slice(0, git + 2)].join('/');
  }
  const marker = segments.findIndex(segment => FILE_MARKERS.has(segment));
  if (marker < 2) {
    return undefined;
  }
  return [url.host, ...segments.slice(0, marker)].join('/');
}

/**
 * A placeholder may only read files of the entity's own repository, as the
 * catalog's built-in resolvers enforce. Skipped when either URL does not name
 * a repository (file locations, plain web servers), as the built-in check is.
 */
export function assertSameRepository(
  resolvedUrl: string,
  baseUrl: string,
  key: string,
) {
  const base = repositoryOf(baseUrl);
  const resolved = repositoryOf(resolvedUrl);
  if (base && resolved && base !== resolved) {
    throw new Error(
      `Placeholder $${key} may only reference files from the same repository as the entity`,
    );
  }
}
