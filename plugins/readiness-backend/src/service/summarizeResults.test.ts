import { readiness } from '../__testUtils__/results';
import { summarizeResults, trendOfHistory } from './summarizeResults';

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
  ];

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
