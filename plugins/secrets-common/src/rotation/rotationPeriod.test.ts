import { rotationPeriodDays } from './rotationPeriod';

describe('rotationPeriodDays', () => {
  it.each([
    ['90d', 90],
    [' 30 d ', 30],
    ['12w', 84],
    ['1y', 365],
    ['P395D', 395],
  ])('reads %p as %p days', (value, days) => {
    expect(rotationPeriodDays(value)).toBe(days);
  });

  it.each([undefined, '', 'quarterly', '1m', '90', 'P3M'])(
    'does not guess %p',
    value => {
      expect(rotationPeriodDays(value)).toBeUndefined();
    },
  );
});
