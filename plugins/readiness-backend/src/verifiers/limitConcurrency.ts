import pLimit from 'p-limit';

/**
 * Wraps `fn` so that at most `limit` calls run at the same time; the rest queue. A call
 * that rejects frees its slot for the next, unlike backend-node's `createLimiter`.
 */
export function limitConcurrency<A extends unknown[], R>(
  limit: number,
  fn: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  const limited = pLimit(limit);
  return (...args: A) => limited(() => fn(...args));
}
