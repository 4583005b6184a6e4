import { effectiveState } from './effectiveState';

describe('effectiveState', () => {
  const now = new Date('2026-12-06T12:00:00Z');

  it.each([
    // An approved exemption past its expiry is expired...
    ['approved', '2026-12-06T11:59:59Z', 'expired'],
    ['approved', '2026-12-06T12:00:00Z', 'expired'],
    // ...before it, and in every other state, as stored.
    ['approved', '2026-12-07T00:00:00Z', 'approved'],
    ['requested', '2026-01-01T00:00:00Z', 'requested'],
    ['denied', '2026-01-01T00:00:00Z', 'denied'],
  ] as const)(
    'reads %s expiring at %s as %s at noon on 6 December',
    (state, expiresAt, expected) => {
      expect(effectiveState({ state, expiresAt }, now)).toBe(expected);
    },
  );
});
