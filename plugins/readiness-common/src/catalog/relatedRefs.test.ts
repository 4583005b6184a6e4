import { relatedRefsOf } from './relatedRefs';
import { group, lambda } from '../__testUtils__/entities';

describe('relatedRefsOf', () => {
  it('names owner, system and reads-from targets of a stage', () => {
    const entity = lambda('fn', {
      system: 'sys',
      annotations: {
        'stagecraft.io/reads-from': 'resource:a, resource:other/b, bad:',
      },
    });
    expect(relatedRefsOf(entity).sort()).toEqual([
      'group:default/team',
      'resource:default/a',
      'resource:other/b',
      'system:default/sys',
    ]);
  });

  it("names a group's on-call contact", () => {
    expect(relatedRefsOf(group())).toEqual(['user:default/oncall']);
  });
});
