import { burnUpRows } from './burnUpRows';

const campaign = { startDate: '2026-11-27', deadline: '2026-12-02' };

describe('burnUpRows', () => {
  it('runs from the start to the deadline, with values on the recorded days only', () => {
    expect(
      burnUpRows(campaign, [
        { day: '2026-11-28', entities: 10, done: 2 },
        { day: '2026-11-30', entities: 11, done: 5 },
      ]),
    ).toEqual([
      { day: '2026-11-27' },
      { day: '2026-11-28', Done: 2, 'In scope': 10 },
      { day: '2026-11-29' },
      { day: '2026-11-30', Done: 5, 'In scope': 11 },
      { day: '2026-12-01' },
      { day: '2026-12-02' },
    ]);
  });

  it('reaches back to history recorded before the start and on past the deadline', () => {
    const rows = burnUpRows(campaign, [
      { day: '2026-11-26', entities: 3, done: 0 },
      { day: '2026-12-03', entities: 3, done: 3 },
    ]);
    expect(rows.map(row => row.day)).toEqual([
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
    ]);
    expect(rows[7]).toEqual({ day: '2026-12-03', Done: 3, 'In scope': 3 });
  });

  it('counts days across a month end and a daylight-saving change alike', () => {
    const rows = burnUpRows(
      { startDate: '2026-10-24', deadline: '2026-11-02' },
      [],
    );
    expect(rows).toHaveLength(10);
    expect(rows[rows.length - 1].day).toBe('2026-11-02');
  });

  it('draws only the recorded days when a date is not a day', () => {
    const history = [{ day: '2026-11-28', entities: 10, done: 2 }];
    expect(
      burnUpRows({ startDate: '2026-11-27', deadline: 'soon' }, history),
    ).toEqual([{ day: '2026-11-28', Done: 2, 'In scope': 10 }]);
  });
});
