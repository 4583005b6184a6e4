import { BoundedTtlMap } from './BoundedTtlMap';

/** A map holding up to `maxEntries` for 100 ms each, on a clock the test moves. */
function mapWithClock(maxEntries: number) {
  const clock = { now: 1_000 };
  const map = new BoundedTtlMap<string, string>({
    maxEntries,
    ttlMs: 100,
    now: () => clock.now,
  });
  return { map, clock };
}

describe('BoundedTtlMap', () => {
  it('drops the least recently used entry past maxEntries', () => {
    const map = new BoundedTtlMap<string, number>({
      maxEntries: 2,
      ttlMs: 60_000,
    });
    map.set('a', 1);
    map.set('b', 2);
    expect(map.get('a')).toBe(1); // a is now the most recently used
    map.set('c', 3);

    expect(map.size).toBe(2);
    expect(map.get('b')).toBeUndefined();
    expect(map.get('a')).toBe(1);
    expect(map.get('c')).toBe(3);
  });

  it('forgets an entry once its TTL has passed', () => {
    const { map, clock } = mapWithClock(10);
    map.set('default', 'x');
    map.set('short', 'y', 10);

    clock.now += 10;
    expect(map.get('short')).toBeUndefined();
    expect(map.get('default')).toBe('x');
    clock.now += 90;
    expect(map.get('default')).toBeUndefined();
    expect(map.size).toBe(0);
  });

  it('drops expired entries before live ones when full', () => {
    const { map, clock } = mapWithClock(2);
    map.set('old-but-live', 'a');
    map.set('expiring', 'b', 10);
    clock.now += 50;
    map.set('new', 'c');

    expect(map.get('old-but-live')).toBe('a');
    expect(map.get('new')).toBe('c');
  });
});
