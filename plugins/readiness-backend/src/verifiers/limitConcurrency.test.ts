import { limitConcurrency } from './limitConcurrency';

describe('limitConcurrency', () => {
  it('never runs more than the limit at once', async () => {
    let inFlight = 0;
    let peak = 0;
    const limited = limitConcurrency(2, async (n: number) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise(resolve => setTimeout(resolve, n * 2));
      inFlight -= 1;
      return n * 10;
    });
    const result = await Promise.all([5, 1, 4, 2, 3].map(n => limited(n)));
    expect(result).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });

  it('frees the slot of a call that rejects', async () => {
    const limited = limitConcurrency(1, async (n: number) => {
      if (n === 2) throw new Error('boom');
      return n;
    });
    const results = await Promise.allSettled([
      limited(1),
      limited(2),
      limited(3),
    ]);
    expect(results.map(r => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
  });
});
