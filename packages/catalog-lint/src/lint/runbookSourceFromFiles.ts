import fs from 'fs/promises';
import path from 'path';
import {
  docsDirOf,
  RunbookSource,
  techDocsDirOf,
} from '@stagecraft/plugin-readiness-common';
import { LintedEntity } from './types';

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
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
  const docsDirs = new Map<string, Promise<string>>();

  const docsDirOfSite = async (entityRef: string): Promise<string> => {
    const item = local.find(candidate => candidate.ref === entityRef);
    const dir = item && techDocsDirOf(item.entity);
    if (!item || dir === undefined) {
      throw new Error(`the docs of ${entityRef} are not in the linted files`);
    }
    const siteDir = path.resolve(
      path.dirname(path.resolve(cwd, item.file)),
      dir,
    );
    const mkdocs =
      (await readIfExists(path.join(siteDir, 'mkdocs.yml'))) ??
      (await readIfExists(path.join(siteDir, 'mkdocs.yaml')));
    return path.resolve(siteDir, docsDirOf(mkdocs));
  };

  return {
    async readMarkdown(entityRef, file) {
      if (!docsDirs.has(entityRef)) {
        docsDirs.set(entityRef, docsDirOfSite(entityRef));
      }
      const docsDir = await docsDirs.get(entityRef)!;
      const target = path.resolve(docsDir, file);
      if (!target.startsWith(`${docsDir}${path.sep}`)) return undefined;
      return readIfExists(target);
    },
  };
}
