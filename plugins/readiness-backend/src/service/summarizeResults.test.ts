import { readiness } from '../__testUtils__/results';
import {
  factsOf,
  historyWithExemptions,
  summarizeResults,
  trendOfHistory,
} from './summarizeResults';

describe('summarizeResults', () => {
  const results = [
    readiness('a', { failing: ['monitors', 'runbook'] }),
    readiness('b', {
      failing: ['owner'],
      owner: 'group:default/team-b',
      system: 'system:default/sys-b',
    }),
    { ...readiness('c'), error: 'Could not evaluate component:default/c' },
    { ...readiness('d'), system: undefined },
  ].map(factsOf);

  it('groups by owner, worst average score first, counting failing checks', () => {
    expect(summarizeResults(results, 'owner')).toEqual([
      {
        key: 'group:default/team-b',
        entities: 1,
        passing: 0,
        failing: 1,
        averageScore: 75,
        failingChecks: { owner: 1 },
      },
      {
        key: 'group:default/team-a',
        entities: 3,
        passing: 2,
        failing: 1,
        averageScore: 83,
        failingChecks: { monitors: 1, runbook: 1, evaluation: 1 },
      },
    ]);
  });

  it('keeps entities without the group field under a null key', () => {
    expect(
      summarizeResults(results, 'system').map(row => [row.key, row.entities]),
    ).toEqual([
      ['system:default/sys-a', 2],
      ['system:default/sys-b', 1],
      [null, 1],
    ]);
  });
});

describe('trendOfHistory', () => {
  it('gives readiness per day, oldest first', () => {
    expect(
      trendOfHistory([
        { entityRef: 'a', day: '2026-11-21', status: 'fail', score: 50 },
        { entityRef: 'b', day: '2026-11-21', status: 'pass', score: 100 },
        { entityRef: 'c', day: '2026-11-21', status: 'pass', score: 100 },
        { entityRef: 'a', day: '2026-11-20', status: 'pass', score: 100 },
      ]),
    ).toEqual([
      { day: '2026-11-20', entities: 1, passing: 1, averageScore: 100 },
      { day: '2026-11-21', entities: 3, passing: 2, averageScore: 83.3 },
    ]);
  });
});

describe('historyWithExemptions', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  const runbookLetOff = {
    entityRef: 'Component:default/A',
    checkId: 'runbook',
    from: new Date('2026-11-21T20:00:00Z'),
    until: new Date('2026-11-22T11:00:00Z'),
  };
  const row = (
    day: string,
    failingChecks: string[],
    countedChecks?: number,
  ) => ({
    entityRef: 'component:default/a',
    day,
    status: 'fail',
    score: 50,
    failingChecks,
    ...(countedChecks ? { countedChecks } : {}),
  });

  it('lets a check off on the days the exemption was in force at their close, whatever the case of the ref', () => {
    const rows = ['2026-11-20', '2026-11-21', '2026-11-22'].map(day =>
      row(day, ['runbook'], 4),
    );
    expect(
      historyWithExemptions(rows, [runbookLetOff], now, []).map(r => [
        r.day,
        r.status,
        r.score,
      ]),
    ).toEqual([
      ['2026-11-20', 'fail', 50],
      ['2026-11-21', 'pass', 100],
      // Expired at 11:00, before now.
      ['2026-11-22', 'fail', 50],
    ]);
  });

  it('keeps the stored score of a row stored before its checks were counted, and what still fails', () => {
    const [old, partly, broken] = historyWithExemptions(
      [
        row('2026-11-21', ['runbook']),
        row('2026-11-21', ['runbook', 'monitors', 'production-complete'], 4),
        row('2026-11-21', ['runbook', 'evaluation'], 4),
      ],
      [runbookLetOff],
      now,
      ['runbook', 'monitors'],
    );
    expect(old).toMatchObject({ status: 'pass', score: 50, failingChecks: [] });
    expect(partly).toMatchObject({
      status: 'fail',
      score: 75,
      failingChecks: ['monitors', 'production-complete'],
    });
    expect(broken).toMatchObject({ score: 100, failingChecks: ['evaluation'] });
  });

  it('passes production-complete once none of the checks it requires fails', () => {
    const [judged] = historyWithExemptions(
      [row('2026-11-21', ['runbook', 'monitors', 'production-complete'], 4)],
      [runbookLetOff],
      now,
      ['runbook'],
    );
    expect(judged.failingChecks).toEqual(['monitors']);
  });
});
