import { daysSince, lastReviewedOf } from './lastReviewed';

describe('lastReviewedOf', () => {
  it('reads last_reviewed from the front matter, quoted or not', () => {
    expect(
      lastReviewedOf('---\nlast_reviewed: 2026-11-20\n---\n# Vault\n'),
    ).toEqual({ lastReviewed: '2026-11-20' });
    expect(
      lastReviewedOf(
        "---\r\ntitle: x\r\nlast_reviewed: '2026-01-02'\r\n---\r\n",
      ),
    ).toEqual({ lastReviewed: '2026-01-02' });
  });

  it('says what is wrong when the date is missing or not a date', () => {
    expect(lastReviewedOf('# Vault\n\nlast_reviewed: 2026-11-20\n')).toEqual({
      problem: 'has no last_reviewed date in its front matter',
    });
    expect(lastReviewedOf('---\nlast_reviewed: last spring\n---\n')).toEqual({
      problem:
        'has last_reviewed "last spring", which is not a date (YYYY-MM-DD)',
    });
    expect(
      lastReviewedOf('---\nlast_reviewed: 2026-13-45\n---\n'),
    ).toHaveProperty('problem');
  });
});

describe('daysSince', () => {
  it('counts whole days in UTC', () => {
    const now = new Date('2026-12-05T23:00:00Z');
    expect(daysSince('2026-12-05', now)).toBe(0);
    expect(daysSince('2026-06-08', now)).toBe(180);
  });
});
