import { teamEntity, userEntity } from './teamEntity';

describe('teamEntity and userEntity', () => {
  it('are a team Group without child groups and a User with its groups', () => {
    expect(teamEntity('shop-team', { profile: { email: 'a@b.c' } })).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'shop-team' },
      spec: { type: 'team', children: [], profile: { email: 'a@b.c' } },
    });
    expect(userEntity('ana', ['shop-team']).spec).toEqual({
      memberOf: ['shop-team'],
    });
    expect(
      userEntity('ana', ['shop-team'], { displayName: 'Ana' }).spec,
    ).toEqual({ profile: { displayName: 'Ana' }, memberOf: ['shop-team'] });
  });
});
