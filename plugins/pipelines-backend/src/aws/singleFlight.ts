/**
 * Coalesces concurrent identical work: while a promise for a key is in flight, every
 * caller asking for that key gets the same promise.
 */
export class SingleFlight<T> {
  private readonly inFlight = new Map<string, Promise<T>>();

  get size(): number {
    return this.inFlight.size;
  }

  get(key: string): Promise<T> | undefined {
    return this.inFlight.get(key);
  }

  run(key: string, fn: () => Promise<T>): Promise<T> {
    const existing = this.inFlight.get(key);
    if (existing) return existing;
    const promise = fn().finally(() => {
      if (this.inFlight.get(key) === promise) this.inFlight.delete(key);
    });
    this.inFlight.set(key, promise);
    return promise;
  }

  /** Registers a promise made elsewhere (e.g. one part of a batched call) under a key. */
  track(key: string, promise: Promise<T>): Promise<T> {
    const tracked = promise.finally(() => {
      if (this.inFlight.get(key) === tracked) this.inFlight.delete(key);
    });
    this.inFlight.set(key, tracked);
    // The caller handles rejections; avoid an unhandled rejection from this chain.
    tracked.catch(() => {});
    return tracked;
  }
}
