import { exampleGraph } from '../__testUtils__/exampleGraph';
import { BlastRadiusIndex } from '../relationIndex/BlastRadiusIndex';
import { DEFAULT_BLAST_RADIUS_QUERY } from '../query/query';
import { computeBlastRadius } from '../traversal/computeBlastRadius';
import { groupBlastRadiusNodes } from './groupNodes';

const result = computeBlastRadius(
  BlastRadiusIndex.fromEntities(exampleGraph().list()),
  'resource:default/store',
  DEFAULT_BLAST_RADIUS_QUERY,
)!;

function summary(by: 'system' | 'owner') {
  return groupBlastRadiusNodes(result, by).map(g => [
    g.key,
    g.label,
    g.nodes.map(n => n.name),
  ]);
}

describe('groupBlastRadiusNodes', () => {
  it('groups by system, the start entity’s system first and no system last', () => {
    expect(summary('system')).toEqual([
      ['system:default/platform', 'Platform', ['store', 'platform']],
      ['system:default/reviews', 'Reviews', ['secret-a', 'api', 'reviews']],
      [null, 'No system', ['secret-b', 'worker', 'stream', 'consumer']],
    ]);
  });

  it('groups by owner, labelled with the owner’s title', () => {
    expect(summary('owner')).toEqual([
      [
        'group:default/platform-team',
        'Platform',
        ['store', 'secret-b', 'platform'],
      ],
      [
        'group:default/reviews-team',
        'Reviews',
        ['secret-a', 'api', 'worker', 'reviews', 'stream'],
      ],
      ['group:default/ghost-team', 'Ghosts', ['consumer']],
    ]);
  });

  it('falls back to the ref when the group is not among the references', () => {
    const groups = groupBlastRadiusNodes(
      { nodes: result.nodes, references: {} },
      'owner',
    );
    expect(groups[0].label).toBe('group:default/platform-team');
  });
});
