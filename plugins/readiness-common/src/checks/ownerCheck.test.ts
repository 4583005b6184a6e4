import { ownerCheck } from './ownerCheck';
import { runCheck } from '../__testUtils__/check';
import { component, group, user } from '../__testUtils__/entities';

describe('owner check', () => {
  it('passes when spec.owner resolves to a Group', () => {
    expect(runCheck(ownerCheck, component('api'))).toEqual({
      status: 'pass',
      reason: 'Owned by group:default/team.',
    });
  });

  it('resolves a bare owner name as a Group in the entity namespace', () => {
    expect(
      runCheck(ownerCheck, component('api', { owner: 'team' })).status,
    ).toBe('pass');
  });

  it('fails when spec.owner is missing', () => {
    const outcome = runCheck(ownerCheck, component('api', { owner: '' }));
    expect(outcome.status).toBe('fail');
    expect(outcome.reason).toBe('spec.owner is not set.');
  });

  it('fails when the owner does not exist, naming it', () => {
    const outcome = runCheck(
      ownerCheck,
      component('api', { owner: 'group:default/ghosts' }),
    );
    expect(outcome).toMatchObject({
      status: 'fail',
      reason: 'spec.owner group:default/ghosts does not exist in the catalog.',
    });
    expect(outcome.fix).toMatch(/Create group:default\/ghosts/);
  });

  it('fails when the owner is a User rather than a Group', () => {
    const outcome = runCheck(
      ownerCheck,
      component('api', { owner: 'user:default/oncall' }),
      [group(), user()],
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.reason).toMatch(/is a User, not a Group/);
  });

  it('fails on an owner that is not a valid ref', () => {
    const outcome = runCheck(
      ownerCheck,
      component('api', { owner: 'group:default/' }),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.reason).toBe(
      'spec.owner "group:default/" is not a valid entity ref.',
    );
  });
});
