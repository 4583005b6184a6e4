import { abortableSleep, backoffDelayMs, ExponentialBackoff } from '../backoff';

/** What an attempt returns when what it needs is held by someone else. */
export const BUSY = Symbol('busy');

/** A delay doubling from 50 ms up to 2 s, jittered: replicas waiting together spread out. */
const BACKOFF: ExponentialBackoff = { baseDelayMs: 50, maxDelayMs: 2_000 };

/**
 * Runs `attempt` until it returns something other than `BUSY`, with a backoff between
 * attempts. Calls `waiting` before the first wait; throws `timedOut()` when `deadline`
 * (epoch ms) has passed and the last attempt was still `BUSY`.
 */
export async function untilFree<T>(
  deadline: number,
  attempt: () => Promise<T | typeof BUSY>,
  waiting: () => void,
  timedOut: () => Error,
): Promise<T> {
  for (let attempts = 0; ; attempts++) {
    const result = await attempt();
    if (result !== BUSY) return result;
    const left = deadline - Date.now();
    if (left <= 0) throw timedOut();
    if (attempts === 0) waiting();
    await abortableSleep(Math.min(backoffDelayMs(attempts, BACKOFF), left));
  }
}
