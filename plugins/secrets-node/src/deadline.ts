function timeoutError(timeoutMs: number): Error {
  return Object.assign(new Error(`No answer within ${timeoutMs} ms`), {
    name: 'TimeoutError',
  });
}

/**
 * Runs `work` with a signal that aborts after `timeoutMs` or when `parent` aborts, and
 * settles by then whatever `work` does: a call that ignores its signal (or a hung
 * socket) cannot keep the caller waiting.
 */
export async function withDeadline<T>(
  work: (signal: AbortSignal) => Promise<T>,
  timeoutMs: number,
  parent?: AbortSignal,
): Promise<T> {
  const controller = new AbortController();
  const { signal } = controller;
  const onParentAbort = () => controller.abort(parent?.reason);
  if (parent?.aborted) onParentAbort();
  parent?.addEventListener('abort', onParentAbort, { once: true });
  const timer = setTimeout(
    () => controller.abort(timeoutError(timeoutMs)),
    timeoutMs,
  );
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work(signal), aborted]);
  } finally {
    clearTimeout(timer);
    parent?.removeEventListener('abort', onParentAbort);
    signal.removeEventListener('abort', onAbort);
  }
}
