import { parseExemptionRequest } from './parseExemptionRequest';

const now = new Date('2026-12-06T12:00:00Z');
const options = {
  knownChecks: ['runbook', 'monitors', 'production-complete'],
  rollUpIds: ['production-complete'],
  maxDays: 30,
  now,
};
const valid = {
  entityRef: 'Component:default/Orders-API',
  checkId: 'runbook',
  reason: '  The runbook moves to TechDocs next sprint ',
  expiresAt: '2026-12-20T00:00:00+01:00',
};

describe('parseExemptionRequest', () => {
  it('answers the request with the ref lower-cased, the reason trimmed and the expiry in UTC', () => {
    expect(parseExemptionRequest(valid, options)).toEqual({
      entityRef: 'component:default/orders-api',
      checkId: 'runbook',
      reason: 'The runbook moves to TechDocs next sprint',
      expiresAt: '2026-12-19T23:00:00.000Z',
    });
  });

  it.each([
    [[], /field body must be an object/],
    [{ ...valid, entityRef: '' }, /field entityRef must be a non-empty string/],
    [
      { ...valid, entityRef: 'orders-api' },
      /field entityRef must be an entity ref/,
    ],
    [
      { ...valid, checkId: 'nope' },
      /field checkId must be a configured check \(runbook, monitors, production-complete\), got "nope"/,
    ],
    [
      { ...valid, checkId: 'production-complete' },
      /field checkId production-complete rolls up other checks/,
    ],
    [{ ...valid, reason: '   ' }, /field reason must be a non-empty string/],
    [
      { ...valid, reason: 'x'.repeat(2001) },
      /field reason must be at most 2000 characters, got 2001/,
    ],
    [
      { ...valid, expiresAt: 'next week' },
      /field expiresAt must be an ISO 8601 time/,
    ],
    [
      { ...valid, expiresAt: '2026-12-20' },
      /field expiresAt must be an ISO 8601 time/,
    ],
    [
      { ...valid, expiresAt: '2026-12-06T12:00:00Z' },
      /field expiresAt must be in the future/,
    ],
    [
      { ...valid, expiresAt: '2027-01-05T12:00:01Z' },
      /field expiresAt must be within 30 days of the request \(by 2027-01-05T12:00:00.000Z\)/,
    ],
  ])('refuses %j naming the field', (body, message) => {
    expect(() => parseExemptionRequest(body, options)).toThrow(message);
  });

  it('allows 90 days unless configured, to the millisecond', () => {
    const { maxDays: _unset, ...defaults } = options;
    expect(
      parseExemptionRequest(
        { ...valid, expiresAt: '2027-03-06T12:00:00Z' },
        defaults,
      ).expiresAt,
    ).toBe('2027-03-06T12:00:00.000Z');
    expect(() =>
      parseExemptionRequest(
        { ...valid, expiresAt: '2027-03-06T12:00:01Z' },
        defaults,
      ),
    ).toThrow(/within 90 days/);
  });
});
