import os from 'node:os';

/** The machine's idle CPU time at one moment. */
export type IdleSample = {
  /** `performance.now()` when taken. */
  at: number;
  /** Idle time of every core, summed, in ms; undefined where not reported. */
  idleMs: number | undefined;
};

export function sampleIdle(): IdleSample {
  const cpus = os.cpus();
  return {
    at: performance.now(),
    idleMs:
      cpus.length > 0
        ? cpus.reduce((sum, cpu) => sum + cpu.times.idle, 0)
        : undefined,
  };
}

/**
 * How many cores stood idle between two samples (1.0: one core idle all
 * along), on the scale of the cores this process may use. Undefined where
 * the system does not report idle time or no time passed.
 */
export function idleCoresBetween(
  start: IdleSample,
  end: IdleSample,
  cores: number = os.availableParallelism(),
  reportedCores: number = os.cpus().length,
): number | undefined {
  const elapsed = end.at - start.at;
  if (
    start.idleMs === undefined ||
    end.idleMs === undefined ||
    elapsed <= 0 ||
    reportedCores <= 0
  ) {
    return undefined;
  }
  // os.cpus() lists every core of the machine, which may be more than this
  // process may use (CPU affinity).
  const idle =
    ((end.idleMs - start.idleMs) / elapsed) * (cores / reportedCores);
  return Math.max(0, idle);
}

/**
 * Worker threads worth starting beside a thread that is already linting: one
 * per core that stood idle meanwhile (rounded: a core idle more than half
 * the time still gives a worker more than it costs to start), no more than
 * `max` and one fewer than the cores. Where idle time is not reported, the
 * load average (over the last minute, which lags) stands in for it.
 */
export function workersForIdleCores(
  idleCores: number | undefined,
  max: number,
  cores: number = os.availableParallelism(),
  loadAverage: number = os.loadavg()[0],
): number {
  const idle = idleCores ?? cores - 1 - loadAverage;
  return Math.max(0, Math.min(max, cores - 1, Math.floor(idle + 0.5)));
}
