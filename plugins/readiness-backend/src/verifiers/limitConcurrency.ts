/** Wraps `fn` so that at most `limit` calls run at the same time; the rest queue. */
export function limitConcurrency<A extends unknown[], R>(
  limit: number,
  fn: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  let running = 0;
  const queue: Array<() => void> = [];
  // Read at an index, not with queue.shift(): a shift costs the queue's length.
  let head = 0;
  const next = () => {
    running -= 1;
    if (head === queue.length) return;
    const start = queue[head++];
    if (head === queue.length) {
      queue.length = 0;
      head = 0;
    }
    start();
  };
  return (...args: A) =>
    new Promise<R>((resolve, reject) => {
      const start = () => {
        running += 1;
        fn(...args)
          .then(resolve, reject)
          .finally(next);
      };
      if (running < limit) {
        start();
      } else {
        queue.push(start);
      }
    });
}

/** Maps `items` with at most `limit` calls of `fn` in flight, keeping the order. */
export async function mapWithConcurrency<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const limited = limitConcurrency(limit, fn);
  return Promise.all(items.map(item => limited(item)));
}
