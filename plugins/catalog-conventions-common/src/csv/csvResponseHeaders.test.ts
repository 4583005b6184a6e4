import { csvResponseHeaders } from './csvResponseHeaders';

describe('csvResponseHeaders', () => {
  it('serves UTF-8 CSV saved under the name and the day of the data', () => {
    expect(
      csvResponseHeaders({
        name: 'secrets-review',
        date: '2026-11-22T10:00:00.000Z',
      }),
    ).toEqual({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition':
        'attachment; filename="secrets-review-2026-11-22.csv"',
    });
  });
});
