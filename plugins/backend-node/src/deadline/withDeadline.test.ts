import {
  deadlineExceeded,
  interruptionOf,
  requestSignal,
  withDeadline,
} from './withDeadline';

/** A call that never settles and ignores its signal, as a hung socket does. */
const hang = () => new Promise<never>(() => {});

async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    error => error,
  );
}

describe('withDeadline', () => {
  afterEach(() => jest.useRealTimers());

  it('answers with what the work returns and leaves no timer behind', async () => {
    jest.useFakeTimers();
    let seen: AbortSignal | undefined;
    const answer = await withDeadline(async signal => {
      seen = signal;
      return 42;
    }, 10_000);
    expect(answer).toBe(42);
    expect(jest.getTimerCount()).toBe(0);
    jest.advanceTimersByTime(20_000);
    expect(seen?.aborted).toBe(false);
  });

  it('settles at the deadline even when the work ignores its signal', async () => {
    let seen: AbortSignal | undefined;
    const started = Date.now();
    const error = await rejection(
      withDeadline(signal => {
        seen = signal;
        return hang();
      }, 30),
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(error.name).toBe('TimeoutError');
    expect(error.message).toBe('No answer within 30 ms');
    expect(seen?.aborted).toBe(true);
    expect(seen?.reason).toBe(error);
  });

  it('rejects with the parent’s reason as soon as the parent aborts', async () => {
    const parent = new AbortController();
    let seen: AbortSignal | undefined;
    const call = withDeadline(
      signal => {
        seen = signal;
        return hang();
      },
      60_000,
      parent.signal,
    );
    const reason = new Error('run abandoned');
    parent.abort(reason);
    expect(await rejection(call)).toBe(reason);
    expect(seen?.reason).toBe(reason);
  });

  it('starts aborted under a parent that already has', async () => {
    const parent = new AbortController();
    parent.abort();
    let aborted: boolean | undefined;
    const error = await rejection(
      withDeadline(
        signal => {
          aborted = signal.aborted;
          return hang();
        },
        60_000,
        parent.signal,
      ),
    );
    expect(aborted).toBe(true);
    expect(error.name).toBe('AbortError');
  });

  it('passes the work’s own failure through', async () => {
    const failure = new Error('AccessDenied');
    expect(
      await rejection(
        withDeadline(async () => {
          throw failure;
        }, 1_000),
      ),
    ).toBe(failure);
  });
});

describe('requestSignal', () => {
  it('aborts after the timeout with a TimeoutError', async () => {
    const signal = requestSignal(20);
    expect(signal.aborted).toBe(false);
    await new Promise(resolve =>
      signal.addEventListener('abort', resolve, { once: true }),
    );
    expect(signal.reason).toEqual(deadlineExceeded(20));
    expect(signal.reason.name).toBe('TimeoutError');
  });

  it('aborts with the parent, with the parent’s reason', () => {
    const parent = new AbortController();
    const signal = requestSignal(60_000, parent.signal);
    parent.abort('stop');
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe('stop');
  });
});

describe('interruptionOf', () => {
  it('tells a deadline from the caller giving up and from other failures', () => {
    const caller = new AbortController();
    expect(interruptionOf(deadlineExceeded(5))).toBe('timeout');
    expect(interruptionOf(new DOMException('timed out', 'TimeoutError'))).toBe(
      'timeout',
    );
    expect(interruptionOf(new DOMException('stop', 'AbortError'))).toBe(
      'aborted',
    );
    expect(interruptionOf(new Error('boom'))).toBeUndefined();
    expect(interruptionOf(new Error('boom'), caller.signal)).toBeUndefined();
    caller.abort();
    expect(interruptionOf(new Error('boom'), caller.signal)).toBe('aborted');
    expect(interruptionOf(undefined)).toBeUndefined();
  });
});
