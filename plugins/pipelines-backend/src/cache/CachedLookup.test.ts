import { CachedLookup } from './CachedLookup';
import { memorySharedCache } from '../__testUtils__/memorySharedCache';

describe('CachedLookup', () => {
  it('abandons a fetch that never answers, and the next call starts a new one', async () => {
    const lookup = new CachedLookup<string>({
      cache: memorySharedCache(),
      ttlMs: 60_000,
      softTimeoutMs: 10_000,
      hardTimeoutMs: 50,
      failureHoldMs: 0,
      describeError: error => (error as Error).message,
    });
    const signals: AbortSignal[] = [];
    // Ignores its signal on purpose: the lookup must settle anyway.
    const hung = jest.fn((signal: AbortSignal) => {
      signals.push(signal);
      return new Promise<string>(() => {});
    });

    const first = await lookup.get('config:k', hung);
    expect(first.value).toBeUndefined();
    expect(first.freshness.error).toBe('No answer within 50 ms');
    expect(signals[0].aborted).toBe(true);

    const second = await lookup.get('config:k', async () => 'fresh');
    expect(second).toMatchObject({
      value: 'fresh',
      freshness: { stale: false },
    });
    expect(hung).toHaveBeenCalledTimes(1);
  });

  it('serves the last good value, marked stale, when a later fetch hangs', async () => {
    const cache = memorySharedCache();
    const options = {
      cache,
      ttlMs: 1,
      softTimeoutMs: 10_000,
      hardTimeoutMs: 50,
      failureHoldMs: 0,
      describeError: (error: unknown) => (error as Error).message,
    };
    await new CachedLookup<string>(options).get('k', async () => 'good');
    await new Promise(r => setTimeout(r, 5)); // past ttlMs

    const result = await new CachedLookup<string>(options).get(
      'k',
      () => new Promise<string>(() => {}),
    );
    expect(result).toMatchObject({
      value: 'good',
      freshness: { stale: true, error: 'No answer within 50 ms' },
    });
  });

  it('keeps the last good value under lastGoodKey, for keys that change with every window', async () => {
    let now = Date.UTC(2025, 0, 1);
    const lookup = new CachedLookup<string>({
      cache: memorySharedCache(),
      ttlMs: 60_000,
      clock: () => now,
      softTimeoutMs: 20,
      hardTimeoutMs: 1_000,
      failureHoldMs: 0,
      describeError: () => 'default description',
    });
    await lookup.get('metrics:window-1', async () => 'good', {
      lastGoodKey: 'metrics:stage',
    });
    now += 60_000;

    const slow = await lookup.get(
      'metrics:window-2',
      () =>
        new Promise<string>(resolve => setTimeout(() => resolve('late'), 200)),
      { lastGoodKey: 'metrics:stage', slowMessage: 'slow for account 1' },
    );
    expect(slow).toEqual({
      value: 'good',
      freshness: {
        fetchedAt: new Date(now - 60_000).toISOString(),
        stale: true,
        staleAgeMs: 60_000,
        error: 'slow for account 1',
      },
    });

    const failed = await lookup.get(
      'metrics:window-3',
      async () => {
        throw new Error('boom');
      },
      { lastGoodKey: 'metrics:stage', describeError: () => 'AccessDenied' },
    );
    expect(failed).toMatchObject({
      value: 'good',
      freshness: { stale: true, error: 'AccessDenied' },
    });
  });
});
