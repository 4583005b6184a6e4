/**
 * Coalesces concurrent identical work: while a promise for a key is in flight, every
 * caller asking for that key gets the same promise.
 */
export class SingleFlight<T> {
  private readonly inFlight = new Map<string, Promise<T>>();

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
}
