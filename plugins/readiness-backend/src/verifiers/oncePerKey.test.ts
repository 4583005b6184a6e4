import { oncePerKeyWithConcurrency } from './oncePerKey';

describe('oncePerKeyWithConcurrency', () => {
  it('looks each key up once and shares the answer', async () => {
    const calls: string[] = [];
    const lookup = oncePerKeyWithConcurrency(2, async (key: string) => {
      calls.push(key);
      return key.toUpperCase();
    });
    expect(await Promise.all([lookup('a'), lookup('b'), lookup('a')])).toEqual([
      'A',
      'B',
      'A',
    ]);
    expect(calls).toEqual(['a', 'b']);
  });
});
