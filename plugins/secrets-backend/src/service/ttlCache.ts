/**
 * Holds the last value of `load` for `ttlMs`. While a load is running, every
 * caller waits for that same load instead of starting another. A failed load
 * is not cached, and a load still running after `loadTimeoutMs` counts as
 * failed, so a hung load cannot keep every later caller waiting.
 *
 * Once a value has been loaded, callers never wait again: past its TTL the
 * value is still served while one load runs in the background and replaces
 * it (a failed background load keeps it, and the next caller tries again).
 * `onBackgroundError` hears of such failures.
 */
export class TtlCache<T> {
  private value?: { data: T; expiresAt: number };
  private inFlight?: Promise<T>;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly loadTimeoutMs = 60_000,
    private readonly onBackgroundError: (error: Error) => void = () => {},
  ) {}

  private loadWithTimeout(): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(`Loading took longer than ${this.loadTimeoutMs} ms`),
          ),
        this.loadTimeoutMs,
      );
    });
    return Promise.race([this.load(), timeout]).finally(() =>
      clearTimeout(timer),
    );
  }

  /** When the value being served was loaded (`now()`), if any. */
  get loadedAt(): number | undefined {
    return this.value ? this.value.expiresAt - this.ttlMs : undefined;
  }

  get(): Promise<T> {
    if (this.value && this.value.expiresAt > this.now()) {
      return Promise.resolve(this.value.data);
    }
    if (this.value) {
      this.refresh().catch(error => this.onBackgroundError(error));
      return Promise.resolve(this.value.data);
    }
    return this.refresh();
  }

  /** A value loaded now, joining a load already running; the served value is replaced. */
  fresh(): Promise<T> {
    return this.refresh();
  }

  private refresh(): Promise<T> {
    if (!this.inFlight) {
      this.inFlight = this.loadWithTimeout()
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
