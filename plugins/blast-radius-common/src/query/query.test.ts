import {
  BlastRadiusQueryError,
  DEFAULT_BLAST_RADIUS_QUERY,
  blastRadiusQueryToSearchParams,
  parseBlastRadiusQuery,
} from './query';

describe('parseBlastRadiusQuery', () => {
  it('defaults to every dependent, all relations, all kinds, no depth limit', () => {
    expect(parseBlastRadiusQuery({})).toEqual({
      direction: 'dependents',
      depth: null,
      relations: [
        'dependsOn',
        'storedIn',
        'consumesApi',
        'providesApi',
        'readsFrom',
        'writesTo',
        'partOf',
      ],
      kinds: null,
      limit: 500,
    });
  });

  it('reads every parameter, accepting either name of a relation pair', () => {
    expect(
      parseBlastRadiusQuery({
        direction: 'dependencies',
        depth: '3',
        relations: 'stores, dependencyOf,readBy',
        kinds: 'Component,system,component',
        limit: ' 2000 ',
      }),
    ).toEqual({
      direction: 'dependencies',
      depth: 3,
      relations: ['dependsOn', 'storedIn', 'readsFrom'],
      kinds: ['component', 'system'],
      limit: 2000,
    });
    expect(parseBlastRadiusQuery({ limit: '5000' }).limit).toBe(5000);
    expect(parseBlastRadiusQuery({ limit: '1' }).limit).toBe(1);
    expect(parseBlastRadiusQuery({ depth: 'all' }).depth).toBeNull();
  });

  it.each([
    [
      { direction: 'up' },
      'Invalid direction "up": expected one of dependents, dependencies',
    ],
    [
      { depth: '0' },
      'Invalid depth "0": expected a whole number from 1 to 100, or "all"',
    ],
    [{ depth: '2.5' }, 'Invalid depth "2.5"'],
    [{ depth: '101' }, 'Invalid depth "101"'],
    [
      { relations: 'dependsOn,ownedBy' },
      'Invalid relations: unknown relation "ownedBy"',
    ],
    [
      { kinds: 'component,sys tem' },
      'Invalid kinds: "sys tem" is not an entity kind',
    ],
    [{ depth: ['1', '2'] }, 'Query parameter "depth" must be given once'],
    [
      { limit: '0' },
      'Invalid limit "0": expected a whole number from 1 to 5000',
    ],
    [{ limit: '5001' }, 'Invalid limit "5001"'],
    [{ limit: '-3' }, 'Invalid limit "-3"'],
    [{ limit: '1e3' }, 'Invalid limit "1e3"'],
    [{ limit: 'all' }, 'Invalid limit "all"'],
    [{ limit: ['10', '20'] }, 'Query parameter "limit" must be given once'],
  ])('rejects %j with a clear message', (params, message) => {
    expect(() => parseBlastRadiusQuery(params)).toThrow(BlastRadiusQueryError);
    expect(() => parseBlastRadiusQuery(params)).toThrow(message);
  });
});

describe('blastRadiusQueryToSearchParams', () => {
  it('leaves out defaults', () => {
    expect(
      blastRadiusQueryToSearchParams(DEFAULT_BLAST_RADIUS_QUERY).toString(),
    ).toBe('');
  });

  it('round-trips through parseBlastRadiusQuery', () => {
    const query = {
      direction: 'dependencies' as const,
      depth: 4,
      relations: ['dependsOn', 'partOf'],
      kinds: ['component'],
      limit: 1500,
    };
    const params = blastRadiusQueryToSearchParams(query);
    expect(params.toString()).toBe(
      'direction=dependencies&depth=4&relations=dependsOn%2CpartOf&kinds=component&limit=1500',
    );
    expect(parseBlastRadiusQuery(Object.fromEntries(params))).toEqual(query);
  });
});
