import fs from 'fs/promises';
import path from 'path';
import {
  markdownOfSites,
  RunbookSource,
  SiteReader,
  techDocsDirOf,
} from '@stagecraft/plugin-readiness-common';
import { LintedEntity } from './types';

/** A site in a folder beside the linted files; a path that leads out of it reads as absent. */
function folderSite(siteDir: string): SiteReader {
  return async relativePath => {
    const target = path.resolve(siteDir, relativePath);
    if (!target.startsWith(`${siteDir}${path.sep}`)) return undefined;
    return fs.readFile(target, 'utf8').catch(error => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    });
  };
}

/**
 * Reads runbook pages from the TechDocs sites beside the linted files: the site of
 * `system:default/x` is the `backstage.io/techdocs-ref: dir:` folder of that entity's
 * file. A site whose entity is not among the files is unknown, not missing.
 */
export function runbookSourceFromFiles(
  local: readonly LintedEntity[],
  cwd: string,
): RunbookSource {
  return {
    readMarkdown: markdownOfSites(async entityRef => {
      const item = local.find(candidate => candidate.ref === entityRef);
      const dir = item && techDocsDirOf(item.entity);
      if (!item || dir === undefined) {
        throw new Error(`the docs of ${entityRef} are not in the linted files`);
      }
      return folderSite(
        path.resolve(path.dirname(path.resolve(cwd, item.file)), dir),
      );
    }),
  };
}
