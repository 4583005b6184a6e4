import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

const BIN = path.resolve(__dirname, '../../bin/stagecraft-catalog-lint');

export type CliRun = { status: number | null; stdout: string; stderr: string };

type CliRunOptions = { cwd?: string; env?: Record<string, string> };

/** The repo root (or `cwd`), a bare environment plus `env`, and a timeout. */
function childOptions(options: CliRunOptions) {
  return {
    cwd: options.cwd ?? path.resolve(__dirname, '../../../..'),
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...options.env,
    },
    timeout: 120_000,
  };
}

/** Runs the CLI as a user would, in a child process (bounded by a timeout). */
export function runCli(args: string[], options: CliRunOptions = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    ...childOptions(options),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** Node prints stack frames as "    at fn (file:line:col)". */
export const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

/**
 * Like runCli, without blocking the event loop: needed when the same process
 * serves the portal the CLI talks to.
 */
export function runCliAsync(
  args: string[],
  options: CliRunOptions = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [BIN, ...args],
      childOptions(options),
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', chunk => (stdout += chunk));
    child.stderr.on('data', chunk => (stderr += chunk));
    child.on('error', reject);
    child.on('close', status => resolve({ status, stdout, stderr }));
  });
}
