import { BoundedTtlMap } from './BoundedTtlMap';

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
    let now = 1_000;
    const map = new BoundedTtlMap<string, string>({
      maxEntries: 10,
      ttlMs: 100,
      now: () => now,
    });
    map.set('default', 'x');
    map.set('short', 'y', 10);

    now += 10;
    expect(map.get('short')).toBeUndefined();
    expect(map.get('default')).toBe('x');
    now += 90;
    expect(map.get('default')).toBeUndefined();
    expect(map.size).toBe(0);
  });

  it('drops expired entries before live ones when full', () => {
    let now = 0;
    const map = new BoundedTtlMap<string, string>({
      maxEntries: 2,
      ttlMs: 100,
      now: () => now,
    });
    map.set('old-but-live', 'a');
    map.set('expiring', 'b', 10);
    now = 50;
    map.set('new', 'c');

    expect(map.get('old-but-live')).toBe('a');
    expect(map.get('new')).toBe('c');
  });
});
