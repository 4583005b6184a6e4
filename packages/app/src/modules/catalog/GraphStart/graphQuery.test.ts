import { hasRootEntityRefs, rootEntityRefsQuery } from './graphQuery';

describe('the graph page query', () => {
  it('names each entity as a rootEntityRefs[] list item', () => {
    const query = rootEntityRefsQuery([
      'group:default/reviews-team',
      'system:default/reviews',
    ]);
    expect(query.startsWith('?')).toBe(true);
    expect(new URLSearchParams(query).getAll('rootEntityRefs[]')).toEqual([
      'group:default/reviews-team',
      'system:default/reviews',
    ]);
    expect(hasRootEntityRefs(query)).toBe(true);
  });

  it('counts only the list forms the graph page reads', () => {
    expect(hasRootEntityRefs('')).toBe(false);
    expect(hasRootEntityRefs('?maxDepth=2&showFilters=true')).toBe(false);
    // Not a list: the page ignores it and draws nothing.
    expect(hasRootEntityRefs('?rootEntityRefs=group:default/a')).toBe(false);
    expect(hasRootEntityRefs('?rootEntityRefs[]=group:default/a')).toBe(true);
    expect(
      hasRootEntityRefs('?rootEntityRefs%5B0%5D=group%3Adefault%2Fa'),
    ).toBe(true);
  });
});
