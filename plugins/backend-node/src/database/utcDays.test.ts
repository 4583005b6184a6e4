import { firstOfLastDays, utcDay } from './utcDays';

describe('utcDay', () => {
  it('is the UTC day, whatever the time of day', () => {
    expect(utcDay(new Date('2026-12-05T00:00:00.000Z'))).toBe('2026-12-05');
    expect(utcDay(new Date('2026-12-05T23:59:59.999Z'))).toBe('2026-12-05');
    expect(utcDay(new Date('2026-12-06T01:00:00+02:00'))).toBe('2026-12-05');
  });
});

describe('firstOfLastDays', () => {
  it('counts today as the first of the last days', () => {
    const now = new Date('2026-12-05T10:00:00.000Z');
    expect(firstOfLastDays(1, now)).toBe('2026-12-05');
    expect(firstOfLastDays(7, now)).toBe('2026-11-29');
    expect(firstOfLastDays(30, now)).toBe('2026-11-06');
  });
});
