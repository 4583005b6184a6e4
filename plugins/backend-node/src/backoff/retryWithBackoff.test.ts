import {
  abortableSleep,
  backoffDelayMs,
  retryWithBackoff,
} from './retryWithBackoff';

const throttled = () => Object.assign(new Error('slow down'), { retry: true });
const isRetryable = (error: unknown) => (error as { retry?: boolean }).retry;

describe('backoffDelayMs', () => {
  it('draws from zero up to a ceiling doubling from the base to the maximum', () => {
    const backoff = { baseDelayMs: 100, maxDelayMs: 1_000 };
    const ceilings = [0, 1, 2, 3, 4, 5].map(n =>
      backoffDelayMs(n, backoff, () => 1),
    );
    expect(ceilings).toEqual([100, 200, 400, 800, 1_000, 1_000]);
    expect(backoffDelayMs(2, backoff, () => 0.5)).toBe(200);
    expect(backoffDelayMs(2, backoff, () => 0)).toBe(0);
  });
});

describe('retryWithBackoff', () => {
  it('retries what is retryable with a growing back-off, then succeeds', async () => {
    const slept: number[] = [];
    const retried: number[] = [];
    let calls = 0;
    const result = await retryWithBackoff(
      async () => {
        calls += 1;
        if (calls < 3) throw throttled();
        return 'done';
      },
      error => isRetryable(error) === true,
      {
        maxAttempts: 5,
        baseDelayMs: 100,
        maxDelayMs: 1_000,
        random: () => 0.5,
        sleep: async ms => {
          slept.push(ms);
        },
        onRetry: attempt => retried.push(attempt),
      },
    );
    expect(result).toBe('done');
    expect(slept).toEqual([50, 100]);
    expect(retried).toEqual([1, 2]);
  });

  it('throws an error that is not retryable at once', async () => {
    const sleep = jest.fn(async () => {});
    let calls = 0;
    const denied = new Error('denied');
    await expect(
      retryWithBackoff(
        async () => {
          calls += 1;
          throw denied;
        },
        error => isRetryable(error) === true,
        { maxAttempts: 5, baseDelayMs: 1, maxDelayMs: 1, sleep },
      ),
    ).rejects.toBe(denied);
    expect(calls).toBe(1);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('gives up after the last attempt with its error', async () => {
    let calls = 0;
    await expect(
      retryWithBackoff(
        async () => {
          calls += 1;
          throw throttled();
        },
        error => isRetryable(error) === true,
        { maxAttempts: 3, baseDelayMs: 0, maxDelayMs: 0 },
      ),
    ).rejects.toThrow('slow down');
    expect(calls).toBe(3);
  });

  it('stops waiting when the signal aborts, with its reason', async () => {
    const controller = new AbortController();
    const stopped = new Error('run cancelled');
    const result = retryWithBackoff(
      async () => {
        throw throttled();
      },
      error => isRetryable(error) === true,
      {
        maxAttempts: 5,
        baseDelayMs: 60_000,
        maxDelayMs: 60_000,
        random: () => 1,
        signal: controller.signal,
      },
    );
    setImmediate(() => controller.abort(stopped));
    await expect(result).rejects.toBe(stopped);
  });
});

describe('abortableSleep', () => {
  it('resolves after the time', async () => {
    await expect(abortableSleep(1)).resolves.toBeUndefined();
  });

  it('rejects at once, with the reason, when the signal has already aborted', async () => {
    const reason = new Error('shutting down');
    await expect(
      abortableSleep(60_000, AbortSignal.abort(reason)),
    ).rejects.toBe(reason);
  });
});
