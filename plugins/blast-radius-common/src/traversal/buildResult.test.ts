import { edgeList } from '../__testUtils__/edgeList';
import { TestCatalog } from '../__testUtils__/TestCatalog';
import { BlastRadiusIndex } from '../relationIndex/BlastRadiusIndex';
import {
  BlastRadiusQuery,
  DEFAULT_BLAST_RADIUS_QUERY,
  MAX_BLAST_RADIUS_LIMIT,
} from '../query/query';
import { BlastRadiusResult } from '../types';
import { computeBlastRadius } from './computeBlastRadius';

const STORE = 'resource:default/store';
const FAR_TEAM = 'group:default/far-team';

/**
 * A wide radius: a store with 30 secrets (distance 1), 150 services using
 * them (distance 2) and 60 jobs calling those (distance 3). Names are listed
 * out of order so the answer's order is not the catalog's. The jobs belong to
 * `far-team` alone, so a cut before distance 3 leaves it no shown entity.
 */
function wideCatalog(): TestCatalog {
  const catalog = new TestCatalog()
    .add('user:default/fay', {
      profile: { displayName: 'Fay Far', email: 'fay@example.com' },
    })
    .add(FAR_TEAM, {
      title: 'Far',
      annotations: { 'stagecraft.io/oncall-contact': 'user:default/fay' },
    })
    .add(STORE, { type: 'secret-store', owner: 'group:default/team-0' });
  for (let t = 0; t < 8; t++) {
    catalog.add(`group:default/team-${t}`, { title: `Team ${t}` });
  }
  for (let s = 29; s >= 0; s--) {
    const secret = `resource:default/secret-${String(s).padStart(2, '0')}`;
    catalog
      .add(secret, { type: 'secret', owner: `group:default/team-${s % 3}` })
      .relate(secret, 'storedIn', STORE);
  }
  for (let c = 0; c < 150; c++) {
    const service = `component:default/svc-${(c * 37) % 150}`;
    catalog
      .add(service, { owner: `group:default/team-${c % 8}` })
      .relate(
        service,
        'dependsOn',
        `resource:default/secret-${String(c % 30).padStart(2, '0')}`,
      );
  }
  for (let j = 0; j < 60; j++) {
    const job = `component:default/job-${j}`;
    catalog
      .add(job, { owner: FAR_TEAM })
      .relate(job, 'dependsOn', `component:default/svc-${(j * 7) % 150}`)
      .relate(job, 'dependsOn', `component:default/svc-${(j * 11) % 150}`);
  }
  return catalog;
}

const index = BlastRadiusIndex.fromEntities(wideCatalog().list());

function radius(
  query: Partial<BlastRadiusQuery> = {},
  isVisible?: (ref: string) => boolean,
): BlastRadiusResult {
  return computeBlastRadius(
    index,
    STORE,
    { ...DEFAULT_BLAST_RADIUS_QUERY, ...query },
    isVisible,
  )!;
}

const refs = (result: BlastRadiusResult) => result.nodes.map(n => n.entityRef);

function kindCounts(nodes: BlastRadiusResult['nodes']) {
  const counts: Record<string, number> = {};
  for (const node of nodes) {
    counts[node.kind] = (counts[node.kind] ?? 0) + 1;
  }
  return counts;
}

const everything = radius({ limit: MAX_BLAST_RADIUS_LIMIT });

describe('buildBlastRadiusResult with a limit', () => {
  it('shows everything when the radius fits, and says nothing was left out', () => {
    expect(everything.nodes).toHaveLength(1 + 30 + 150 + 60);
    expect(everything.totalCount).toBe(241);
    expect(everything.omittedByKind).toEqual({});
    expect(everything.limit).toBe(MAX_BLAST_RADIUS_LIMIT);
    // Nearest first, then by kind and ref within a distance.
    expect(refs(everything).slice(0, 4)).toEqual([
      STORE,
      'resource:default/secret-00',
      'resource:default/secret-01',
      'resource:default/secret-02',
    ]);
    expect(refs(everything)[31]).toBe('component:default/svc-0');
    expect(refs(everything)[32]).toBe('component:default/svc-1');
  });

  it.each([1, 2, 30, 31, 32, 100, 181, 182, 240, 241])(
    'keeps the nearest %i: the first of the full answer',
    limit => {
      const result = radius({ limit });
      expect(result.limit).toBe(limit);
      expect(refs(result)).toEqual(refs(everything).slice(0, limit));
      expect(result.root.entityRef).toBe(STORE);
    },
  );

  it.each([1, 17, 31, 100, 181, 200])(
    'counts what lies beyond %i by kind, adding up to the total',
    limit => {
      const result = radius({ limit });
      expect(result.totalCount).toBe(everything.nodes.length);
      expect(result.omittedByKind).toEqual(
        kindCounts(everything.nodes.slice(limit)),
      );
      const omitted = Object.values(result.omittedByKind).reduce(
        (a, b) => a + b,
        0,
      );
      expect(result.nodes.length + omitted).toBe(result.totalCount);
    },
  );

  it.each([1, 31, 100, 181, 200])(
    'keeps every owner when the limit is %i, with counts and nearest distances',
    limit => {
      const result = radius({ limit });
      const summary = (r: BlastRadiusResult) =>
        r.owners.map(o => [
          o.owner.entityRef,
          o.entityCount,
          o.nearestDistance,
        ]);
      expect(summary(result)).toEqual(summary(everything));
      expect(result.owners.map(o => o.owner.entityRef)).toContain(FAR_TEAM);
      expect(result.owners.reduce((n, o) => n + o.entityCount, 0)).toBe(241);

      const kept = new Set(refs(result));
      const listed = result.owners.flatMap(o =>
        o.entities.map(e => e.entityRef),
      );
      expect(listed.every(ref => kept.has(ref))).toBe(true);
      expect(listed).toHaveLength(result.nodes.length);
    },
  );

  it('names the on-call contact of an owner none of whose entities made the cut', () => {
    const result = radius({ limit: 100 });
    const far = result.owners.find(o => o.owner.entityRef === FAR_TEAM)!;
    expect(far.entities).toEqual([]);
    expect(far.entityCount).toBe(60);
    expect(far.nearestDistance).toBe(3);
    expect(far.oncall).toEqual({
      entityRef: 'user:default/fay',
      name: 'Fay Far',
      email: 'fay@example.com',
    });
    // Owners stay nearest first: the one beyond the cut comes last.
    expect(result.owners[result.owners.length - 1].owner.entityRef).toBe(
      FAR_TEAM,
    );
  });

  it.each([1, 31, 100, 181, 200])(
    'keeps the edges among the nearest %i and no other',
    limit => {
      const result = radius({ limit });
      const kept = new Set(refs(result));
      const expected = edgeList(everything).filter(line => {
        const [source, target] = line.split(/ -\[.*\]-> /);
        return kept.has(source) && kept.has(target);
      });
      expect(edgeList(result)).toEqual(expected);
    },
  );

  it('joins kept entities through hidden ones, which are counted apart from the limit', () => {
    const hidden = (ref: string) => !ref.startsWith('resource:default/secret');
    const full = radius({ limit: MAX_BLAST_RADIUS_LIMIT }, hidden);
    const result = radius({ limit: 50 }, hidden);
    expect(result.hiddenCount).toBe(30);
    expect(result.totalCount).toBe(211);
    expect(refs(result)).toEqual(refs(full).slice(0, 50));
    expect(result.omittedByKind).toEqual({ component: 161 });
    expect(edgeList(result)).toContain(
      'resource:default/store -[indirect]-> component:default/svc-0',
    );
    expect(
      result.owners.find(o => o.owner.entityRef === FAR_TEAM)?.entityCount,
    ).toBe(60);
  });

  it('applies the limit after the kinds filter', () => {
    const result = radius({ kinds: ['component'], limit: 160 });
    expect(result.totalCount).toBe(1 + 150 + 60);
    expect(result.nodes).toHaveLength(160);
    expect(result.omittedByKind).toEqual({ component: 51 });
    expect(result.owners.map(o => o.owner.entityRef)).toContain(FAR_TEAM);
  });
});
