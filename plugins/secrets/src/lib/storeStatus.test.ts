import {
  coverageText,
  formatTime,
  isPast,
  relativeDays,
  storeStatusText,
} from './storeStatus';

describe('store status', () => {
  it('says OK for a store read without trouble', () => {
    expect(storeStatusText({ status: 'ok' })).toBe('OK');
  });

  it('says when an unreadable store was last read, and why it cannot be read', () => {
    const at = '2025-05-01T10:00:00.000Z';
    expect(
      storeStatusText({
        status: 'unknown',
        lastGoodAt: at,
        problem: 'Vault did not answer within 10 s',
      }),
    ).toBe(
      `Unknown, last good at ${formatTime(
        at,
      )}: Vault did not answer within 10 s`,
    );
    expect(storeStatusText({ status: 'unknown' })).toBe('Unknown, never read');
  });

  it('counts the items the catalog names', () => {
    expect(coverageText({ items: 1430, itemsInCatalog: 412 })).toBe(
      '412 of 1,430 items in the catalog',
    );
    expect(coverageText({ items: 3 })).toBeUndefined();
  });

  it('keeps text that is not a date as it is', () => {
    expect(formatTime('yesterday')).toBe('yesterday');
  });

  it('says how many days away a date is', () => {
    const now = new Date('2025-05-01T12:00:00Z');
    expect(relativeDays('2025-05-13T12:00:00Z', now)).toBe('in 12 days');
    expect(relativeDays('2025-04-30T12:00:00Z', now)).toBe('1 day ago');
    expect(relativeDays('2025-05-01T15:00:00Z', now)).toBe('today');
    expect(isPast('2025-04-30T12:00:00Z', now)).toBe(true);
    expect(isPast('2025-05-02T12:00:00Z', now)).toBe(false);
  });
});
