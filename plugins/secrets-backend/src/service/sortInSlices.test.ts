import { mulberry32 } from '@internal/stagecraft-test-utils';
import { turnCounter } from '../__testUtils__/turnCounter';
import { forEachInSlices, sortInSlices } from './sortInSlices';

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

describe('forEachInSlices', () => {
  it('visits every item in order with its index, a slice per turn', async () => {
    const items = Array.from({ length: 25 }, (_, i) => `item ${i}`);
    const visited: string[] = [];
    const turnOfEach: number[] = [];
    const turns = turnCounter();

    await forEachInSlices(items, 10, (item, index) => {
      visited.push(`${index}: ${item}`);
      turnOfEach.push(turns.turns);
    });
    turns.stop();

    expect(visited).toEqual(items.map((item, i) => `${i}: ${item}`));
    expect(new Set(turnOfEach.slice(0, 10)).size).toBe(1);
    expect(turnOfEach[10]).toBeGreaterThan(turnOfEach[9]);
    expect(turnOfEach[20]).toBeGreaterThan(turnOfEach[19]);
  });
});
