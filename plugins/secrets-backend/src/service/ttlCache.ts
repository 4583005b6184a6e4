/**
 * Holds the last value of `load` for `ttlMs`. While a load is running, every
 * caller waits for that same load instead of starting another. A failed load
 * is not cached.
 */
export class TtlCache<T> {
  private value?: { data: T; expiresAt: number };
  private inFlight?: Promise<T>;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(): Promise<T> {
    if (this.value && this.value.expiresAt > this.now()) {
      return Promise.resolve(this.value.data);
    }
    if (!this.inFlight) {
      this.inFlight = this.load()
        .then(data => {
          this.value = { data, expiresAt: this.now() + this.ttlMs };
          return data;
        })
        .finally(() => {
          this.inFlight = undefined;
        });
    }
    return this.inFlight;
  }
}
