import fs from 'node:fs';
import path from 'node:path';

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);
const YAML_FILE = /\.ya?ml$/i;
// TechDocs sites sit beside the catalog YAML (backstage.io/techdocs-ref: dir:.); their
// MkDocs configuration is YAML but never a catalog file.
const MKDOCS_CONFIG = /^mkdocs\.ya?ml$/i;

/** A path given on the command line that is neither a file nor a folder. */
export class MissingPathError extends Error {}

function walk(dir: string, out: string[]) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    // Symbolic links are not followed, so a link loop cannot recurse forever.
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) {
        walk(full, out);
      }
    } else if (
      entry.isFile() &&
      YAML_FILE.test(entry.name) &&
      !MKDOCS_CONFIG.test(entry.name)
    ) {
      out.push(full);
    }
  }
}

/**
 * Expands files and folders into the sorted, de-duplicated list of files to
 * lint: a folder contributes every `*.yaml`/`*.yml` below it (node_modules,
 * .git and MkDocs' `mkdocs.yml` skipped), a file named explicitly is linted
 * whatever its name.
 */
export function collectFiles(inputs: string[], cwd: string): string[] {
  const files = new Set<string>();
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      throw new MissingPathError(`No such file or folder: ${input}`);
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      walk(absolute, found);
      found.forEach(file => files.add(file));
    } else {
      files.add(absolute);
    }
  }
  return [...files].sort();
}

/** How a file is named in output: relative to `cwd` with forward slashes when inside it. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  const shown =
    relative && !relative.startsWith('..') && !path.isAbsolute(relative)
      ? relative
      : file;
  return shown.split(path.sep).join('/');
}
