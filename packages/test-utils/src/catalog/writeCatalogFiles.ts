import fs from 'fs';
import os from 'os';
import path from 'path';

/** Writes `files` (name → content) into a new temporary folder. */
export function writeCatalogFiles(files: Record<string, string | Buffer>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagecraft-catalog-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return {
    dir,
    /** The written files' absolute paths, in the order given. */
    paths: Object.keys(files).map(name => path.join(dir, name)),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
