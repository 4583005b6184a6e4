/**
 * Lints Stagecraft catalog YAML with the rules the catalog backend applies.
 *
 * @packageDocumentation
 */

import { main } from './cli/main';

export { lintFiles } from './lint/lintFiles';
export type { LintOptions } from './lint/lintFiles';
export type {
  CatalogScope,
  FileSummary,
  LintProblem,
  LintReport,
  Severity,
} from './lint/types';
export { collectFiles } from './files/collectFiles';
export { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from './cli/main';

/**
 * Runs the command line and sets `process.exitCode`; used by the bin script.
 *
 * @public
 */
export async function runCli(options: {
  argv?: string[];
  version: string;
}): Promise<void> {
  process.exitCode = await main(options.argv ?? process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    version: options.version,
  });
}
