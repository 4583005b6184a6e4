import { exampleGraph } from '../__testUtils__/exampleGraph';
import { edgeList } from '../__testUtils__/edgeList';
import { TestCatalog } from '../__testUtils__/TestCatalog';
import { BlastRadiusIndex } from '../relationIndex/BlastRadiusIndex';
import { BlastRadiusQuery, DEFAULT_BLAST_RADIUS_QUERY } from '../query/query';
import { BlastRadiusResult } from '../types';
import { computeBlastRadius } from './computeBlastRadius';

const index = BlastRadiusIndex.fromEntities(exampleGraph().list());

function compute(
  ref: string,
  query: Partial<BlastRadiusQuery> = {},
  isVisible?: (ref: string) => boolean,
  on: BlastRadiusIndex = index,
): BlastRadiusResult {
  const result = computeBlastRadius(
    on,
    ref,
    { ...DEFAULT_BLAST_RADIUS_QUERY, ...query },
    isVisible,
  );
  if (!result) {
    throw new Error(`${ref} not indexed`);
  }
  return result;
}

function distances(result: BlastRadiusResult): Record<string, number> {
  return Object.fromEntries(result.nodes.map(n => [n.entityRef, n.distance]));
}

describe('computeBlastRadius', () => {
  it.each<{
    why: string;
    ref: string;
    query: Partial<BlastRadiusQuery>;
    expected: Record<string, number>;
  }>([
    {
      why: 'finds everything that breaks with a secret store, each at its distance',
      ref: 'resource:default/store',
      query: {},
      expected: {
        'resource:default/store': 0,
        'resource:default/secret-a': 1,
        'resource:default/secret-b': 1,
        'system:default/platform': 1,
        'component:default/api': 2,
        'component:default/worker': 2,
        'system:default/reviews': 2,
        'resource:default/stream': 3,
        'component:default/consumer': 4,
      },
    },
    {
      why: 'follows the inverse relations for dependencies',
      ref: 'component:default/consumer',
      query: { direction: 'dependencies' },
      expected: {
        'component:default/consumer': 0,
        'resource:default/stream': 1,
        'component:default/worker': 2,
        'resource:default/secret-a': 3,
        'component:default/api': 3,
        'resource:default/store': 4,
      },
    },
    {
      why: 'follows only the selected relations',
      ref: 'resource:default/store',
      query: { relations: ['storedIn'] },
      expected: { 'resource:default/store': 0, 'resource:default/secret-a': 1 },
    },
    {
      why: 'shows only the selected kinds',
      ref: 'resource:default/store',
      query: { kinds: ['component'] },
      expected: {
        'resource:default/store': 0,
        'component:default/api': 2,
        'component:default/worker': 2,
        'component:default/consumer': 4,
      },
    },
  ])('$why', ({ ref, query, expected }) => {
    expect(distances(compute(ref, query))).toEqual(expected);
  });

  it('answers from its root, complete, hiding nothing a user may read', () => {
    const result = compute('resource:default/store');
    expect(result.root.entityRef).toBe('resource:default/store');
    expect(result.truncated).toBe(false);
    expect(result.hiddenCount).toBe(0);
  });

  it('names the relations it followed', () => {
    expect(
      compute('resource:default/store', { relations: ['storedIn'] }).relations,
    ).toEqual(['storedIn']);
  });

  it('returns the shortest-path edges with every relation that leads there', () => {
    expect(edgeList(compute('resource:default/store'))).toEqual([
      'component:default/worker -[writesTo]-> resource:default/stream',
      'resource:default/secret-a -[dependencyOf]-> component:default/api',
      'resource:default/secret-a -[dependencyOf]-> component:default/worker',
      'resource:default/secret-a -[partOf]-> system:default/reviews',
      'resource:default/store -[dependencyOf+stores]-> resource:default/secret-a',
      'resource:default/store -[dependencyOf]-> resource:default/secret-b',
      'resource:default/store -[partOf]-> system:default/platform',
      'resource:default/stream -[readBy]-> component:default/consumer',
    ]);
  });

  it('stops at the requested depth and says more lies beyond', () => {
    const result = compute('resource:default/store', { depth: 2 });
    expect(Math.max(...result.nodes.map(n => n.distance))).toBe(2);
    expect(result.nodes).toHaveLength(7);
    expect(result.truncated).toBe(true);
    expect(result.depth).toBe(2);
    expect(compute('resource:default/store', { depth: 4 }).truncated).toBe(
      false,
    );
  });

  it('includes the parts of a system among its dependencies', () => {
    const result = compute('system:default/reviews', {
      direction: 'dependencies',
      depth: 1,
    });
    expect(Object.keys(distances(result)).sort()).toEqual([
      'component:default/api',
      'resource:default/secret-a',
      'system:default/reviews',
    ]);
  });

  it('ends on cycles and visits each entity once', () => {
    const catalog = new TestCatalog()
      .add('component:default/a')
      .add('component:default/b')
      .add('component:default/c')
      .relate('component:default/a', 'dependsOn', 'component:default/b')
      .relate('component:default/b', 'dependsOn', 'component:default/c')
      .relate('component:default/c', 'dependsOn', 'component:default/a');
    const cyclic = BlastRadiusIndex.fromEntities(catalog.list());
    const result = compute('component:default/a', {}, undefined, cyclic);
    expect(distances(result)).toEqual({
      'component:default/a': 0,
      'component:default/c': 1,
      'component:default/b': 2,
    });
    expect(edgeList(result)).toEqual([
      'component:default/a -[dependencyOf]-> component:default/c',
      'component:default/c -[dependencyOf]-> component:default/b',
    ]);
  });

  it('keeps a self-dependency from looping', () => {
    const catalog = new TestCatalog()
      .add('component:default/a')
      .relate('component:default/a', 'dependsOn', 'component:default/a');
    const result = compute(
      'component:default/a',
      {},
      undefined,
      BlastRadiusIndex.fromEntities(catalog.list()),
    );
    expect(result.nodes.map(n => n.entityRef)).toEqual(['component:default/a']);
    expect(result.edges).toEqual([]);
  });

  it('joins the graph through the kinds not selected', () => {
    const result = compute('resource:default/store', {
      kinds: ['component'],
    });
    expect(edgeList(result)).toEqual([
      'component:default/worker -[indirect]-> component:default/consumer',
      'resource:default/store -[indirect]-> component:default/api',
      'resource:default/store -[indirect]-> component:default/worker',
    ]);
  });

  it('leaves out what the user may not read and counts it', () => {
    const result = compute(
      'resource:default/store',
      {},
      ref => ref !== 'resource:default/secret-a',
    );
    expect(result.hiddenCount).toBe(1);
    expect(result.nodes.map(n => n.entityRef)).not.toContain(
      'resource:default/secret-a',
    );
    expect(edgeList(result)).toContain(
      'resource:default/store -[indirect]-> component:default/api',
    );
    expect(
      result.owners.flatMap(o => o.entities.map(e => e.entityRef)),
    ).not.toContain('resource:default/secret-a');
  });

  it('answers undefined for an entity that is not indexed', () => {
    expect(
      computeBlastRadius(
        index,
        'component:default/nope',
        DEFAULT_BLAST_RADIUS_QUERY,
      ),
    ).toBeUndefined();
  });

  it('names the systems and owners the nodes refer to', () => {
    const result = compute('resource:default/store', { depth: 1 });
    expect(Object.keys(result.references).sort()).toEqual([
      'group:default/platform-team',
      'group:default/reviews-team',
      'system:default/platform',
      'system:default/reviews',
    ]);
    expect(result.references['system:default/platform'].title).toBe('Platform');
  });
});
