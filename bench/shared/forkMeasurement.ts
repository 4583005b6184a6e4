import { ChildProcess, fork } from 'child_process';

/**
 * Starts a TypeScript measurement script in its own process, with `gc()`
 * exposed, quiet backend logs and results sent back over IPC.
 */
export function forkMeasurement(script: string, args: string[]): ChildProcess {
  return fork(script, args, {
    execArgv: [
      '--expose-gc',
      '--require',
      require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
    ],
    env: { ...process.env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
}
