import { createLimiter, mapConcurrently } from './mapConcurrently';

/** A task the test settles by hand, recording how many run at once. */
function gate() {
  let running = 0;
  let peak = 0;
  const pending: Array<{ resolve: () => void; reject: (e: Error) => void }> =
    [];
  const task = (id: number) =>
    new Promise<number>((resolve, reject) => {
      running += 1;
      peak = Math.max(peak, running);
      pending.push({
        resolve: () => {
          running -= 1;
          resolve(id);
        },
        reject: e => {
          running -= 1;
          reject(e);
        },
      });
    });
  return { task, pending, peak: () => peak, running: () => running };
}

const tick = () => new Promise(resolve => setImmediate(resolve));

describe('mapConcurrently', () => {
  it('runs at most the given number at once and keeps the order of the items', async () => {
    const g = gate();
    const result = mapConcurrently([1, 2, 3, 4, 5, 6, 7], 3, g.task);
    await tick();
    expect(g.running()).toBe(3);
    while (g.pending.length) {
      g.pending.shift()!.resolve();
      await tick();
    }
    expect(await result).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(g.peak()).toBe(3);
  });

  it('starts no waiting task after a failure', async () => {
    const g = gate();
    const started: number[] = [];
    const result = mapConcurrently([1, 2, 3, 4], 2, id => {
      started.push(id);
      return g.task(id);
    });
    await tick();
    g.pending.shift()!.reject(new Error('denied'));
    await expect(result).rejects.toThrow('denied');
    g.pending.shift()!.resolve();
    await tick();
    expect(started).toEqual([1, 2]);
  });

  it('refuses a concurrency below one', () => {
    expect(() => createLimiter(0)).toThrow(RangeError);
  });
});
