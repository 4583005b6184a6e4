import { effectiveState } from './effectiveState';

describe('effectiveState', () => {
  const now = new Date('2026-12-06T12:00:00Z');

  it('reads an approved exemption past its expiry as expired', () => {
    expect(
      effectiveState(
        { state: 'approved', expiresAt: '2026-12-06T11:59:59Z' },
        now,
      ),
    ).toBe('expired');
    expect(
      effectiveState(
        { state: 'approved', expiresAt: '2026-12-06T12:00:00Z' },
        now,
      ),
    ).toBe('expired');
  });

  it('keeps an approved exemption before its expiry, and every other state, as stored', () => {
    expect(
      effectiveState(
        { state: 'approved', expiresAt: '2026-12-07T00:00:00Z' },
        now,
      ),
    ).toBe('approved');
    expect(
      effectiveState(
        { state: 'requested', expiresAt: '2026-01-01T00:00:00Z' },
        now,
      ),
    ).toBe('requested');
    expect(
      effectiveState(
        { state: 'denied', expiresAt: '2026-01-01T00:00:00Z' },
        now,
      ),
    ).toBe('denied');
  });
});
