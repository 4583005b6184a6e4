import pLimit from 'p-limit';

/**
 * Runs tasks at most `concurrency` at a time. After a task fails, no waiting task
 * starts: each rejects with that first failure, so a store or service that denies
 * access or throttles is not asked again and again.
 *
 * @public
 */
export function createLimiter(
  concurrency: number,
): <T>(task: () => Promise<T>) => Promise<T> {
  if (!(concurrency >= 1)) {
    throw new RangeError(`Concurrency must be at least 1, not ${concurrency}`);
  }
  const limit = pLimit(concurrency);
  let failure: { error: unknown } | undefined;
  return task =>
    limit(async () => {
      if (failure) throw failure.error;
      try {
        return await task();
      } catch (error) {
        failure ??= { error };
        throw error;
      }
    });
}

/**
 * `Promise.all` of `fn` over `items`, keeping their order, at most `concurrency` at a
 * time, starting no further item after the first failure.
 *
 * @public
 */
export function mapConcurrently<T, R>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const limit = createLimiter(concurrency);
  return Promise.all(items.map(item => limit(() => fn(item))));
}
