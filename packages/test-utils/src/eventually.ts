/** How long `eventually` keeps asking, and how often. */
export type EventuallyOptions = {
  /** Give up after this long; 60 s unless given. */
  timeoutMs?: number;
  /** Pause between two attempts; 250 ms unless given. */
  intervalMs?: number;
};

/**
 * Asks `probe` until it answers something other than `undefined`, `null` or
 * `false`, and returns that answer: the catalog and the plugins reading it
 * process in the background, so what a test waits for appears over seconds.
 * Fails naming `what` when the time is up.
 */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  options: EventuallyOptions = {},
): Promise<T> {
  const { timeoutMs = 60_000, intervalMs = 250 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await probe();
    if (answer !== undefined && answer !== null && answer !== false) {
      return answer;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise(resolve => setTimeout(resolve, intervalMs));
  }
}
