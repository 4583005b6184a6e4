import { execFile } from 'node:child_process';

/** What a newcomer runs to make TechDocs build on this machine. */
export const MKDOCS_INSTALL_HINT =
  'TechDocs builds these docs on this machine with MkDocs and its Material theme. ' +
  'Install them with `sudo apt-get install -y mkdocs mkdocs-material` (Debian, Ubuntu), ' +
  'or run `./yarn start` as root, which installs them; then reload this page.';

/** Whether the `mkdocs` command can be run. */
export function isMkdocsInstalled(): Promise<boolean> {
  return new Promise(resolve => {
    execFile('mkdocs', ['--version'], { env: process.env }, error =>
      resolve(!error),
    );
  });
}

/**
 * The error a failed build shows on the docs page: MkDocs' own message, then how to
 * install what it needs (on a new machine, usually the missing Material theme).
 */
export function withInstallHint(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`${message}. ${MKDOCS_INSTALL_HINT}`);
}
