import { exampleGraph } from '../__testUtils__/exampleGraph';
import { BlastRadiusIndex } from '../relationIndex/BlastRadiusIndex';
import { DEFAULT_BLAST_RADIUS_QUERY } from '../query/query';
import { computeBlastRadius } from '../traversal/computeBlastRadius';

const index = BlastRadiusIndex.fromEntities(
  exampleGraph()
    .add('user:default/solo', {
      profile: { displayName: 'Solo Dev', email: 'solo@example.com' },
    })
    .add('component:default/solo-tool', { owner: 'user:default/solo' })
    .relate(
      'component:default/solo-tool',
      'dependsOn',
      'resource:default/secret-b',
    )
    .list(),
);

function owners(isVisible?: (ref: string) => boolean) {
  return computeBlastRadius(
    index,
    'resource:default/store',
    DEFAULT_BLAST_RADIUS_QUERY,
    isVisible,
  )!.owners;
}

describe('collectAffectedOwners', () => {
  it('lists owners nearest first, the start entity’s owner leading', () => {
    expect(owners().map(o => o.owner.entityRef)).toEqual([
      'group:default/platform-team',
      'group:default/reviews-team',
      'user:default/solo',
      'group:default/ghost-team',
    ]);
  });

  it('resolves the on-call user, schedules and team email of a group', () => {
    const platform = owners()[0];
    expect(platform.owner).toEqual({
      entityRef: 'group:default/platform-team',
      kind: 'group',
      namespace: 'default',
      name: 'platform-team',
      title: 'Platform Team',
      email: 'platform@example.com',
    });
    expect(platform.oncall).toEqual({
      entityRef: 'user:default/ana',
      name: 'Ana Silva',
      email: 'ana@example.com',
    });
    expect(platform.oncallSchedules.map(s => s.url)).toEqual([
      'https://oncall.example.com/platform',
    ]);
    expect(platform.entities.map(e => [e.entityRef, e.distance])).toEqual([
      ['resource:default/store', 0],
      ['resource:default/secret-b', 1],
      ['system:default/platform', 1],
    ]);
    expect(platform.entities[0].runbooks.map(r => r.title)).toEqual([
      'Store runbook',
    ]);
  });

  it('makes an owning user its own on-call contact', () => {
    const solo = owners().find(o => o.owner.entityRef === 'user:default/solo');
    expect(solo?.oncall).toEqual({
      entityRef: 'user:default/solo',
      name: 'Solo Dev',
      email: 'solo@example.com',
    });
  });

  it('leaves the contact out when the group names none', () => {
    const ghosts = owners().find(
      o => o.owner.entityRef === 'group:default/ghost-team',
    );
    expect(ghosts?.oncall).toBeUndefined();
    expect(ghosts?.entities.map(e => e.entityRef)).toEqual([
      'component:default/consumer',
    ]);
  });

  it('names owners and contacts the user may not read by ref only', () => {
    const platform = owners(
      ref =>
        ref !== 'group:default/platform-team' && ref !== 'user:default/ben',
    );
    expect(platform[0].owner).toEqual({
      entityRef: 'group:default/platform-team',
      kind: 'group',
      namespace: 'default',
      name: 'platform-team',
    });
    expect(platform[0].oncall).toBeUndefined();
    expect(platform[0].oncallSchedules).toEqual([]);
    expect(platform[1].oncall).toEqual({
      entityRef: 'user:default/ben',
      name: 'user:default/ben',
    });
  });
});
