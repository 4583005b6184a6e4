import {
  formatDurationMs,
  formatMetricTick,
  formatMetricValue,
} from './format';

describe('formatMetricValue', () => {
  it.each([
    [850, 'milliseconds', '850 ms'],
    [42, 'seconds', '42 s'],
    [432, 'seconds', '7m 12s'],
    [1536, 'bytes', '1.5 KB'],
    [0.25, 'ratio', '25.0%'],
    [12_345, 'count', '12k'],
  ] as const)('reads %d %s as %s', (value, unit, text) => {
    expect(formatMetricValue(value, unit)).toBe(text);
  });
});

describe('formatDurationMs', () => {
  it('reads a zero duration in milliseconds', () => {
    expect(formatDurationMs(0)).toBe('0 ms');
  });
});

describe('formatMetricTick', () => {
  it('reads zero as 0 whatever the unit, and any other value as formatMetricValue does', () => {
    expect(formatMetricTick(0, 'seconds')).toBe('0');
    expect(formatMetricTick(0, 'bytes')).toBe('0');
    expect(formatMetricTick(24, 'seconds')).toBe('24 s');
    expect(formatMetricTick(400, 'milliseconds')).toBe('400 ms');
  });
});
