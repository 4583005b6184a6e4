import fs from 'fs';
import path from 'path';

/** The README.md of the package whose `src` folder (or a folder below it) is `srcDir`. */
export function packageReadme(srcDir: string): string {
  return fs.readFileSync(path.resolve(srcDir, '../README.md'), 'utf8');
}

/**
 * The trimmed cells of the README table row whose first cell is `id` in
 * backticks, the first cell included; undefined when no row starts so.
 */
export function readmeTableRow(
  readme: string,
  id: string,
): string[] | undefined {
  const row = readme.split('\n').find(line => line.startsWith(`| \`${id}\``));
  return row
    ?.split('|')
    .slice(1, -1)
    .map(cell => cell.trim());
}
