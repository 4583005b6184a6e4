import { DriftHistoryRow } from '../database/DriftStore';
import { driftTrendOf, parseTrendDays } from './driftTrend';
import { findingCounts } from '../__testUtils__/storeDrift';

const row = (
  store: string,
  day: string,
  shadow: number,
  items?: number,
): DriftHistoryRow => ({
  store,
  day,
  status: 'ok',
  findings: findingCounts({ shadow, ghost: 1 }),
  ...(items !== undefined ? { items, itemsInCatalog: items - shadow } : {}),
});

describe('driftTrendOf', () => {
  it('sums the readable stores per day, oldest first, and leaves the others out', () => {
    const points = driftTrendOf(
      [
        row('resource:default/b', '2026-12-04', 1, 10),
        row('resource:default/a', '2026-12-03', 2, 5),
        row('resource:default/A', '2026-12-04', 3, 6),
        row('resource:default/hidden', '2026-12-04', 50, 100),
        row('resource:default/hidden', '2026-12-02', 50, 100),
        row('resource:default/b', '2026-12-05', 0),
      ],
      new Set(['resource:default/a', 'resource:default/b']),
    );
    expect(points).toEqual([
      {
        date: '2026-12-03',
        findings: expect.objectContaining({ shadow: 2, ghost: 1 }),
        items: 5,
        itemsInCatalog: 3,
      },
      {
        date: '2026-12-04',
        findings: findingCounts({ shadow: 4, ghost: 2 }),
        items: 16,
        itemsInCatalog: 12,
      },
      {
        date: '2026-12-05',
        findings: expect.objectContaining({ shadow: 0, ghost: 1 }),
        items: 0,
        itemsInCatalog: 0,
      },
    ]);
  });
});

describe('parseTrendDays', () => {
  it('defaults to 30 and accepts whole numbers from 1 to 365', () => {
    expect(parseTrendDays(undefined)).toBe(30);
    expect(parseTrendDays('1')).toBe(1);
    expect(parseTrendDays('365')).toBe(365);
  });

  it.each(['0', '366', '-1', '7.5', 'week', '', ['7', '8']])(
    'refuses %j',
    value => {
      expect(parseTrendDays(value)).toBeUndefined();
    },
  );
});
