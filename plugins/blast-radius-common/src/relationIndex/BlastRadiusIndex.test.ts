import { Entity } from '@backstage/catalog-model';
import { exampleGraph } from '../__testUtils__/exampleGraph';
import { BlastRadiusIndex } from './BlastRadiusIndex';

describe('BlastRadiusIndex', () => {
  const index = BlastRadiusIndex.fromEntities(exampleGraph().list(), {
    updatedAt: new Date('2025-01-02T03:04:05Z'),
  });

  it('indexes every entity with its owner, system and runbooks', () => {
    expect(index.size).toBe(15);
    expect(index.updatedAt.toISOString()).toBe('2025-01-02T03:04:05.000Z');
    expect(index.findEntity('resource:default/store')).toEqual({
      entityRef: 'resource:default/store',
      kind: 'resource',
      namespace: 'default',
      name: 'store',
      title: 'Secrets Manager',
      type: 'secret-store',
      owner: 'group:default/platform-team',
      system: 'system:default/platform',
      runbooks: [
        {
          url: 'https://wiki.example.com/store-runbook',
          title: 'Store runbook',
          type: 'runbook',
        },
      ],
      oncallSchedules: [],
    });
  });

  it('keeps incident-response links as runbooks but not rotation guides', () => {
    expect(
      index.findEntity('resource:default/secret-a')!.runbooks.map(l => l.type),
    ).toEqual(['incident-response']);
  });

  it('makes a system its own system', () => {
    expect(index.findEntity('system:default/reviews')!.system).toBe(
      'system:default/reviews',
    );
  });

  it('reads on-call contacts of groups, defaulting the kind to user', () => {
    const platform = index.findEntity('group:default/platform-team')!;
    expect(platform.oncallContact).toBe('user:default/ana');
    expect(platform.oncallSchedules).toEqual([
      {
        url: 'https://oncall.example.com/platform',
        title: 'Platform on-call',
        type: 'oncall',
      },
    ]);
    expect(platform.email).toBe('platform@example.com');
    expect(index.findEntity('group:default/reviews-team')!.oncallContact).toBe(
      'user:default/ben',
    );
    expect(index.findEntity('user:default/ana')!.displayName).toBe('Ana Silva');
  });

  it('finds entities by ref case-insensitively', () => {
    expect(index.idOf('Resource:Default/STORE')).toBe(
      index.idOf('resource:default/store'),
    );
    expect(index.idOf('resource:default/missing')).toBeUndefined();
  });

  it('keeps only relations whose target is in the catalog', () => {
    const entities = exampleGraph()
      .relate('component:default/api', 'dependsOn', 'resource:default/gone')
      .list();
    const withDangling = BlastRadiusIndex.fromEntities(entities);
    const targets: string[] = [];
    withDangling.forEachRelation(
      withDangling.idOf('component:default/api')!,
      (type, target) =>
        targets.push(
          `${withDangling.relationType(type)} ${
            withDangling.entity(target).entityRef
          }`,
        ),
    );
    expect(targets).toEqual([
      'ownedBy group:default/reviews-team',
      'partOf system:default/reviews',
      'dependsOn resource:default/secret-a',
      'dependencyOf component:default/worker',
    ]);
  });

  it('skips malformed and duplicate entities and says why', () => {
    const entities = [
      ...exampleGraph().list(),
      { kind: 'Component', metadata: {} } as unknown as Entity,
      null as unknown as Entity,
      exampleGraph().entity('component:default/api'),
    ];
    const result = BlastRadiusIndex.fromEntities(entities);
    expect(result.size).toBe(15);
    expect(result.problems).toEqual([
      'Skipped an entity without kind or metadata.name ("Component")',
      'Skipped an entity without kind or metadata.name (null)',
      'Skipped a duplicate of component:default/api',
    ]);
  });

  it('ignores an unparsable on-call contact', () => {
    const entities = exampleGraph().list();
    const group = entities.find(e => e.metadata.name === 'ghost-team')!;
    group.metadata.annotations = {
      'stagecraft.io/oncall-contact': 'user:',
    };
    const result = BlastRadiusIndex.fromEntities(entities);
    expect(
      result.findEntity('group:default/ghost-team')!.oncallContact,
    ).toBeUndefined();
  });

  describe('adjacency for a traversal', () => {
    const mask = (...types: string[]) => {
      const followed = new Uint8Array(index.relationTypeCount);
      types.forEach(type => {
        followed[index.relationTypeId(type)!] = 1;
      });
      return followed;
    };
    const relationsOf = (
      adjacency: ReturnType<BlastRadiusIndex['adjacencyFollowing']>,
      ref: string,
    ) => {
      const id = index.idOf(ref)!;
      const found: string[] = [];
      for (
        let e = adjacency.edgeStart[id];
        e < adjacency.edgeStart[id + 1];
        e++
      ) {
        found.push(
          `${index.relationType(adjacency.edgeType[e])} ${
            index.entity(adjacency.edgeTarget[e]).entityRef
          }`,
        );
      }
      return found.sort();
    };

    it('leaves out the relations a direction never follows', () => {
      const dependents = index.adjacencyFollowing(
        mask('dependencyOf', 'stores'),
      );
      expect(relationsOf(dependents, 'resource:default/store')).toEqual([
        'dependencyOf resource:default/secret-a',
        'dependencyOf resource:default/secret-b',
        'partOf system:default/platform',
        'stores resource:default/secret-a',
      ]);
      const dependencies = index.adjacencyFollowing(mask('dependsOn'));
      expect(relationsOf(dependencies, 'resource:default/secret-a')).toEqual([
        'dependsOn resource:default/store',
        'storedIn resource:default/store',
      ]);
    });

    it('keeps every relation when the types followed mix directions or include others', () => {
      for (const followed of [
        mask('dependencyOf', 'dependsOn'),
        mask('ownedBy'),
      ]) {
        const store = relationsOf(
          index.adjacencyFollowing(followed),
          'resource:default/store',
        );
        expect(store).toEqual(
          relationsOf(index.adjacency, 'resource:default/store'),
        );
        expect(store).toContain('ownedBy group:default/platform-team');
      }
    });
  });
});
