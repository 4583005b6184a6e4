/** Time an AWS request of a verification may take before it is abandoned. */
export const DEFAULT_AWS_REQUEST_TIMEOUT_MS = 10_000;

/** A signal for one request: aborts after `timeoutMs`, or when the run is abandoned. */
export function requestSignal(
  timeoutMs: number,
  runSignal?: AbortSignal,
): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  return runSignal ? AbortSignal.any([timeout, runSignal]) : timeout;
}

/**
 * Runs `work` with `requestSignal(timeoutMs, runSignal)` and settles once that signal
 * aborts, even if `work` ignores it (a hung socket cannot hold a run).
 */
export async function withDeadline<T>(
  work: (signal: AbortSignal) => Promise<T>,
  timeoutMs: number,
  runSignal?: AbortSignal,
): Promise<T> {
  const signal = requestSignal(timeoutMs, runSignal);
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work(signal), aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
