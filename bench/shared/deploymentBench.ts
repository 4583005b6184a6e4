/* eslint-disable no-console */
import { BenchLine, printBenchLines } from './benchMain';
import { machineLoad } from './machineLoad';

/** What stopping a bench's backend processes cleaned up. */
export interface DeploymentCleanup {
  databasesDropped: number;
  redisKeysDeleted: number;
}

/**
 * Measures real backend processes that `start` starts on this machine's PostgreSQL and
 * Redis, and always stops them, on Ctrl-C or SIGTERM too: a bench must not leave databases
 * behind. Prints the machine's load before and after, then the lines `measure` adds, ending
 * with what stopping cleaned up and the bench's time in seconds.
 */
export async function measureDeployment<
  Deployment extends { stop(): Promise<DeploymentCleanup> },
>(
  start: () => Promise<Deployment>,
  measure: (deployment: Deployment, lines: BenchLine[]) => Promise<void>,
): Promise<void> {
  const lines: BenchLine[] = [];
  const loadBefore = machineLoad();
  const startedAt = Date.now();
  const deployment = await start();
  // A signal stops the processes under `measure`, which then fails: it must wait for the
  // same cleanup, not exit while the databases are being dropped.
  let stopping: Promise<DeploymentCleanup> | undefined;
  const stop = () => (stopping ??= deployment.stop());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop()
        .catch(error => console.error('bench: cleanup failed', error))
        .finally(() => process.exit(130));
    });
  }
  try {
    await measure(deployment, lines);
  } finally {
    const cleanup = await stop();
    lines.push(
      ['databases_dropped', cleanup.databasesDropped],
      ['redis_keys_deleted', cleanup.redisKeysDeleted],
      ['bench_s', Math.round((Date.now() - startedAt) / 1000)],
    );
  }
  console.log(`load before: ${loadBefore}`);
  console.log(`load after:  ${machineLoad()}`);
  printBenchLines(lines);
}
