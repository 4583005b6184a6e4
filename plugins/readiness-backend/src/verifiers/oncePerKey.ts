import { limitConcurrency } from './limitConcurrency';

/**
 * Wraps `fn` for one verification run: each key is looked up once (later calls share the
 * first promise), with at most `limit` lookups in flight.
 */
export function oncePerKeyWithConcurrency<R>(
  limit: number,
  fn: (key: string) => Promise<R>,
): (key: string) => Promise<R> {
  const limited = limitConcurrency(limit, fn);
  const started = new Map<string, Promise<R>>();
  return key => {
    if (!started.has(key)) started.set(key, limited(key));
    return started.get(key)!;
  };
}
