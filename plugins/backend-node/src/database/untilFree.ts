/** What an attempt returns when what it needs is held by someone else. */
export const BUSY = Symbol('busy');

const FIRST_DELAY_MS = 50;
const LONGEST_DELAY_MS = 2_000;

/** Waits from 0.5× to 1.5× of a delay doubling from 50 ms up to 2 s: replicas waiting together spread out. */
function backoffMs(attempt: number): number {
  const delay = Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** attempt);
  return delay * (0.5 + Math.random());
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

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
    await sleep(Math.min(backoffMs(attempts), left));
  }
}
