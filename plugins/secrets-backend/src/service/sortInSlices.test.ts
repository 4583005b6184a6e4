import { mulberry32 } from '@internal/stagecraft-test-utils';
import { sortInSlices } from './sortInSlices';

describe('sortInSlices', () => {
  it.each([0, 1, 7, 8, 9, 100, 1000])(
    'orders %i values as Array.prototype.sort does, ties kept in order',
    async length => {
      const random = mulberry32(length + 1);
      const values = Array.from({ length }, () => Math.floor(random() * 50));
      const compare = (a: number, b: number) => values[a] - values[b];
      const expected = Array.from(values.keys()).sort(compare);

      const sorted = await sortInSlices(length, compare, 8);

      expect(Array.from(sorted)).toEqual(expected);
    },
  );

  it('lets the event loop run between slices', async () => {
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    const values = Array.from(
      { length: 50_000 },
      (_, i) => (i * 7919) % 50_000,
    );
    try {
      await sortInSlices(values.length, (a, b) => values[a] - values[b], 1000);
    } finally {
      clearInterval(ticking);
    }
    expect(turns).toBeGreaterThan(0);
  });
});
