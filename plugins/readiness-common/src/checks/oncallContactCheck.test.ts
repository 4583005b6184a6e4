import { oncallContactCheck } from './oncallContactCheck';
import { runCheck } from '../__testUtils__/check';
import { component, group, user } from '../__testUtils__/entities';

const api = component('api');

describe('oncall-contact check', () => {
  it('passes when the owner names an existing User and links its schedule', () => {
    const outcome = runCheck(oncallContactCheck, api);
    expect(outcome.status).toBe('pass');
    expect(outcome.reason).toBe(
      'group:default/team names on-call contact user:default/oncall and links its on-call schedule.',
    );
    expect(outcome.details).toEqual({
      ownerRef: 'group:default/team',
      oncallContactRef: 'user:default/oncall',
      oncallScheduleUrl: 'https://oncall.example.com/schedules/team',
    });
  });

  it('fails when the owner does not resolve', () => {
    const outcome = runCheck(oncallContactCheck, api, [user()]);
    expect(outcome.status).toBe('fail');
    expect(outcome.reason).toMatch(/does not resolve to a Group/);
  });

  it('fails when the group has no on-call contact annotation', () => {
    const outcome = runCheck(oncallContactCheck, api, [
      group('team', { annotations: {} }),
      user(),
    ]);
    expect(outcome.status).toBe('fail');
    expect(outcome.reason).toBe(
      'group:default/team has no stagecraft.io/oncall-contact annotation.',
    );
    expect(outcome.fix).toMatch(/Add stagecraft.io\/oncall-contact/);
  });

  it('fails when the contact is not in the catalog', () => {
    const outcome = runCheck(oncallContactCheck, api, [group()]);
    expect(outcome.reason).toBe(
      'The on-call contact user:default/oncall named by group:default/team does not exist in the catalog.',
    );
  });

  it('fails when the group links no on-call schedule, and reports every problem at once', () => {
    const outcome = runCheck(oncallContactCheck, api, [
      group('team', { annotations: {}, links: [] }),
      user(),
    ]);
    expect(outcome.status).toBe('fail');
    expect(outcome.reason).toMatch(
      /no stagecraft.io\/oncall-contact annotation/,
    );
    expect(outcome.reason).toMatch(/links no on-call schedule/);
  });

  it('fails when the schedule link is not https', () => {
    const outcome = runCheck(oncallContactCheck, api, [
      group('team', {
        links: [{ url: 'http://oncall.example.com/x', type: 'oncall' }],
      }),
      user(),
    ]);
    expect(outcome.reason).toBe(
      'group:default/team metadata.links[0] (type oncall) uses http instead of https.',
    );
  });
});
