import { deferred } from '@internal/stagecraft-test-utils';
import { TtlCache } from './ttlCache';

describe('TtlCache', () => {
  it('coalesces concurrent callers into one load', async () => {
    const pending = deferred<string>();
    const load = jest.fn(() => pending.promise);
    const cache = new TtlCache(load, 1000);

    const calls = [cache.get(), cache.get(), cache.get()];
    pending.resolve('review');

    expect(await Promise.all(calls)).toEqual(['review', 'review', 'review']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('serves the value until the TTL passes, then loads again behind the stale value', async () => {
    let now = 0;
    let n = 0;
    const next = [deferred<void>(), deferred<void>()];
    const cache = new TtlCache(
      async () => {
        n += 1;
        if (n > 1) await next[n - 2].promise;
        return `review ${n}`;
      },
      30_000,
      () => now,
    );

    expect(await cache.get()).toBe('review 1');
    now = 29_999;
    expect(await cache.get()).toBe('review 1');
    expect(cache.loadedAt).toBe(0);
    now = 30_000;
    // Past the TTL nobody waits: the old review is served while one load runs.
    expect(await cache.get()).toBe('review 1');
    expect(await cache.get()).toBe('review 1');
    expect(n).toBe(2);
    next[0].resolve();
    await new Promise(resolve => setImmediate(resolve));
    expect(await cache.get()).toBe('review 2');
    expect(cache.loadedAt).toBe(30_000);
  });

  it('keeps the stale value when a background load fails, and tries again', async () => {
    let now = 0;
    const onError = jest.fn();
    const load = jest
      .fn<Promise<string>, []>()
      .mockResolvedValueOnce('review 1')
      .mockRejectedValueOnce(new Error('catalog down'))
      .mockResolvedValueOnce('review 2');
    const cache = new TtlCache(load, 1000, () => now, 60_000, onError);
    await cache.get();
    now = 1000;
    expect(await cache.get()).toBe('review 1');
    await new Promise(resolve => setImmediate(resolve));
    expect(onError).toHaveBeenCalledWith(new Error('catalog down'));
    expect(await cache.get()).toBe('review 1');
    await new Promise(resolve => setImmediate(resolve));
    expect(await cache.get()).toBe('review 2');
  });

  it('does not cache a failure', async () => {
    const load = jest
      .fn<Promise<string>, []>()
      .mockRejectedValueOnce(new Error('catalog down'))
      .mockResolvedValueOnce('review');
    const cache = new TtlCache(load, 30_000);

    await expect(cache.get()).rejects.toThrow('catalog down');
    await expect(cache.get()).resolves.toBe('review');
  });

  it('gives up on a load that never answers, so the next caller loads anew', async () => {
    const load = jest
      .fn<Promise<string>, []>()
      .mockReturnValueOnce(new Promise(() => {}))
      .mockResolvedValueOnce('review');
    const cache = new TtlCache(load, 1000, Date.now, 50);

    await expect(cache.get()).rejects.toThrow('Loading took longer than 50 ms');
    await expect(cache.get()).resolves.toBe('review');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('loads anew for fresh() within the TTL, and serves that value afterwards', async () => {
    let n = 0;
    const cache = new TtlCache(
      async () => `review ${++n}`,
      30_000,
      () => 0,
    );

    expect(await cache.get()).toBe('review 1');
    expect(await cache.fresh()).toBe('review 2');
    expect(await cache.get()).toBe('review 2');
  });
});
