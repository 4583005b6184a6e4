import fs from 'fs/promises';
import path from 'path';
import { UrlReaderService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { SiteReader } from '@stagecraft/plugin-readiness-common';

/** A site in a folder on this machine (a `file:` catalog location). */
export function folderSiteReader(siteDir: string): SiteReader {
  const root = path.resolve(siteDir);
  return async relativePath => {
    const target = path.resolve(root, relativePath);
    if (!target.startsWith(`${root}${path.sep}`)) return undefined;
    try {
      return await fs.readFile(target, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  };
}

/** A site in a repository the portal reads through its integrations (a `url:` location). */
export function urlSiteReader(
  siteUrl: string,
  urlReader: UrlReaderService,
): SiteReader {
  const base = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  return async relativePath => {
    const target = new URL(relativePath, base);
    if (!target.href.startsWith(base.href)) return undefined;
    try {
      const response = await urlReader.readUrl(target.href);
      return (await response.buffer()).toString('utf8');
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  };
}
