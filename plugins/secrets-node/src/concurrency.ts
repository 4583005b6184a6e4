/**
 * Runs tasks at most `concurrency` at a time. After a task fails, no waiting task
 * starts: each rejects with that first failure, so a store that denies access or
 * throttles is not asked again and again.
 */
export function createLimiter(concurrency: number) {
  if (!(concurrency >= 1)) {
    throw new RangeError(`Concurrency must be at least 1, not ${concurrency}`);
  }
  const waiting: Array<() => void> = [];
  let running = 0;
  let failure: { error: unknown } | undefined;

  /** Hands the slot straight to the next waiting task, or frees it. */
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };

  return async function limit<T>(task: () => Promise<T>): Promise<T> {
    if (running < concurrency) running += 1;
    else await new Promise<void>(resolve => waiting.push(resolve));
    try {
      if (failure) throw failure.error;
      return await task();
    } catch (error) {
      failure ??= { error };
      throw error;
    } finally {
      release();
    }
  };
}

/** `Promise.all` of `fn` over `items`, at most `concurrency` at a time, stopping at the first failure. */
export function mapConcurrently<T, R>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const limit = createLimiter(concurrency);
  return Promise.all(items.map(item => limit(() => fn(item))));
}
