import { CampaignProgress } from '@stagecraft/plugin-readiness-common';
import {
  campaignTransitionStates,
  daysToDeadline,
} from './campaignTransitions';

const progress = (
  phase: CampaignProgress['phase'],
  owes: boolean,
): CampaignProgress => ({
  campaign: {
    id: 'cyber-week',
    name: 'Cyber Week',
    description: '',
    startDate: '2026-11-01',
    deadline: '2026-11-20',
    scope: {},
    requiredChecks: ['load-test'],
    createdAt: '',
    updatedAt: '',
  },
  phase,
  totals: {} as any,
  rollup: [],
  history: [],
  evaluatedAt: '',
  entities: [
    {
      entityRef: 'component:default/cart',
      title: 'Cart',
      owner: 'group:default/checkout-team',
      status: owes ? 'owes' : 'done',
      checks: [
        {
          checkId: 'load-test',
          title: 'Load test',
          status: owes ? 'fail' : 'pass',
          reason: '',
        },
      ],
    },
  ],
});

const statesOf = (p: CampaignProgress, now: string) =>
  campaignTransitionStates(p, new Date(now), [7, 1]).map(s => [
    s.key,
    s.state,
    s.healthy,
  ]);

describe('campaignTransitionStates', () => {
  it('tells every owner the campaign started, and reminds only those who still fail', () => {
    expect(statesOf(progress('active', true), '2026-11-02T10:00:00Z')).toEqual([
      [
        'readiness:campaign:cyber-week:start:group:default/checkout-team',
        'started',
        false,
      ],
      [
        'readiness:campaign:cyber-week:reminder:group:default/checkout-team',
        'on-track',
        true,
      ],
    ]);
    expect(
      statesOf(progress('active', true), '2026-11-13T10:00:00Z')[1],
    ).toEqual([
      'readiness:campaign:cyber-week:reminder:group:default/checkout-team',
      'due-in-7-days',
      false,
    ]);
    expect(
      statesOf(progress('active', true), '2026-11-19T10:00:00Z')[1][1],
    ).toBe('due-in-1-days');
    expect(
      statesOf(progress('active', false), '2026-11-19T10:00:00Z')[1][1],
    ).toBe('on-track');
  });

  it('says how many days are left and what is owed', () => {
    const [, reminder] = campaignTransitionStates(
      progress('active', true),
      new Date('2026-11-20T10:00:00Z'),
      [7, 1],
    );
    expect(reminder.title).toBe(
      'Readiness campaign "Cyber Week" is due today (2026-11-20)',
    );
    expect(reminder.description).toBe(
      '1 entity of yours still fails: Cart (Load test).',
    );
    expect(reminder.topic).toBe('readiness:campaign');
    expect(reminder.link).toBe('/readiness/campaigns/cyber-week');
  });

  it('tells nobody before the start or after the deadline', () => {
    expect(
      statesOf(progress('upcoming', true), '2026-10-30T10:00:00Z'),
    ).toEqual([]);
    expect(statesOf(progress('ended', true), '2026-11-21T10:00:00Z')).toEqual(
      [],
    );
    expect(daysToDeadline('2026-11-20', new Date('2026-11-13T23:00:00Z'))).toBe(
      7,
    );
  });
});
