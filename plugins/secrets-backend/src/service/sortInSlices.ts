/** One turn of the event loop: requests waiting are answered before the work goes on. */
export const nextTurn = () =>
  new Promise<void>(resolve => setImmediate(resolve));

/** Calls `visit` on every item in order, `perTurn` items per turn of the event loop. */
export async function forEachInSlices<T>(
  items: readonly T[],
  perTurn: number,
  visit: (item: T, index: number) => void,
): Promise<void> {
  for (let start = 0; start < items.length; start += perTurn) {
    await nextTurn();
    const end = Math.min(items.length, start + perTurn);
    for (let i = start; i < end; i++) visit(items[i], i);
  }
}

/** How many comparisons are made between two turns of the event loop. */
const COMPARISONS_PER_TURN = 10_000;

/**
 * The indexes `0..length-1` sorted by `compare`, like `Array.prototype.sort`
 * (stable), but over many turns of the event loop: runs of `run` indexes are
 * sorted one per turn, then merged pairwise, yielding every
 * {@link COMPARISONS_PER_TURN} comparisons. Sorting 50,000 rows at once holds
 * the event loop for a few hundred milliseconds on a loaded machine.
 */
export async function sortInSlices(
  length: number,
  compare: (a: number, b: number) => number,
  run = 1024,
): Promise<Uint32Array> {
  let from = new Uint32Array(length);
  for (let i = 0; i < length; i++) from[i] = i;
  for (let start = 0; start < length; start += run) {
    await nextTurn();
    from.subarray(start, Math.min(length, start + run)).sort(compare);
  }
  let to = new Uint32Array(length);
  let comparisons = 0;
  for (let width = run; width < length; width *= 2) {
    for (let low = 0; low < length; low += 2 * width) {
      const middle = Math.min(low + width, length);
      const high = Math.min(low + 2 * width, length);
      let left = low;
      let right = middle;
      let out = low;
      while (left < middle && right < high) {
        // The left run's index on ties: stable.
        to[out++] =
          compare(from[right], from[left]) < 0 ? from[right++] : from[left++];
        if (++comparisons >= COMPARISONS_PER_TURN) {
          comparisons = 0;
          await nextTurn();
        }
      }
      while (left < middle) to[out++] = from[left++];
      while (right < high) to[out++] = from[right++];
    }
    [from, to] = [to, from];
  }
  return from;
}
