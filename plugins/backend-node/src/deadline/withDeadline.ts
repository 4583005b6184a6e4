/**
 * The time a call to the outside world (AWS, Vault, HTTP) may take before it is abandoned.
 *
 * @public
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

/**
 * The error a deadline aborts with: named `TimeoutError`, as `AbortSignal.timeout` names
 * its own, and saying how long was waited.
 *
 * @public
 */
export function deadlineExceeded(timeoutMs: number): Error {
  return Object.assign(new Error(`No answer within ${timeoutMs} ms`), {
    name: 'TimeoutError',
  });
}

/** A signal that aborts after `timeoutMs` (with `deadlineExceeded`) or when `parent` does. */
function deadline(timeoutMs: number, parent?: AbortSignal) {
  const timer = new AbortController();
  const handle = setTimeout(
    () => timer.abort(deadlineExceeded(timeoutMs)),
    timeoutMs,
  );
  const signal = parent
    ? AbortSignal.any([parent, timer.signal])
    : timer.signal;
  return { signal, stop: () => clearTimeout(handle), handle };
}

/**
 * A signal for one request: aborts after `timeoutMs`, or when `parent` (the run, the
 * incoming request) aborts, with the parent's reason. For APIs that take a signal and
 * settle when it aborts, such as `fetch`; the timer does not keep the process alive.
 *
 * @public
 */
export function requestSignal(
  timeoutMs: number,
  parent?: AbortSignal,
): AbortSignal {
  const { signal, handle } = deadline(timeoutMs, parent);
  (handle as { unref?: () => void }).unref?.();
  return signal;
}

/**
 * Runs `work` with a `requestSignal(timeoutMs, parent)` and settles once that signal
 * aborts, whatever `work` does: a call that ignores its signal (or a hung socket) cannot
 * keep the caller waiting. Rejects with `deadlineExceeded(timeoutMs)` on timeout and with
 * the parent's reason when the parent aborts.
 *
 * @public
 */
export async function withDeadline<T>(
  work: (signal: AbortSignal) => Promise<T>,
  timeoutMs: number,
  parent?: AbortSignal,
): Promise<T> {
  const { signal, stop } = deadline(timeoutMs, parent);
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work(signal), aborted]);
  } finally {
    stop();
    signal.removeEventListener('abort', onAbort);
  }
}

/**
 * How a call was cut short: `timeout` when a deadline (ours, `AbortSignal.timeout`'s or
 * the AWS SDK's request timeout) passed, `aborted` when the caller gave up (`signal`, the
 * caller's own, has aborted, or the call threw an `AbortError`); undefined when it failed
 * for any other reason.
 *
 * @public
 */
export function interruptionOf(
  error: unknown,
  signal?: AbortSignal,
): 'timeout' | 'aborted' | undefined {
  const name = (error as { name?: unknown } | undefined)?.name;
  if (name === 'TimeoutError') return 'timeout';
  if (name === 'AbortError' || signal?.aborted) return 'aborted';
  return undefined;
}
