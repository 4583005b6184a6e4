/**
 * How much a `BoundedTtlMap` keeps, and for how long.
 *
 * @public
 */
export interface BoundedTtlMapOptions {
  /** Entries kept at most; the least recently used go first. */
  maxEntries: number;
  /** How long an entry lives unless `set` says otherwise. */
  ttlMs: number;
  /** The clock entries expire by; `Date.now` unless a test moves its own. */
  now?: () => number;
}

/**
 * An in-process map that cannot grow without bound: every entry expires, and past
 * `maxEntries` the least recently used entry is dropped.
 *
 * @public
 */
export class BoundedTtlMap<K, V> {
  private readonly entries = new Map<K, { value: V; expiresAt: number }>();
  private readonly now: () => number;

  constructor(private readonly options: BoundedTtlMapOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Entries held, expired ones not yet dropped included. */
  get size(): number {
    return this.entries.size;
  }

  /** The live value at `key`, now the most recently used; undefined when absent or expired. */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.now()) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Keeps `value` at `key` for `ttlMs` (default the map's), dropping what no longer fits. */
  set(key: K, value: V, ttlMs: number = this.options.ttlMs): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
    this.evict();
  }

  /** Forgets `key`. */
  delete(key: K): void {
    this.entries.delete(key);
  }

  private evict(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.options.maxEntries) break;
      if (entry.expiresAt <= now) this.entries.delete(key);
    }
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value as K;
      this.entries.delete(oldest);
    }
  }
}
